package ch.so.integration.segmentation.goalagreement;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** SG-06: one goal with its indicator (how reaching it shows) and due date. */
@Entity
@Table(name = "goal")
public class Goal {

    public static final int MAX_TEXT = 1000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = MAX_TEXT)
    private String description;

    @Column(nullable = false, length = MAX_TEXT)
    private String indicator;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected Goal() {
    }

    Goal(int position, String description, String indicator, LocalDate dueOn) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.description = description;
        this.indicator = indicator;
        this.dueOn = dueOn;
    }

    public UUID id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String description() {
        return description;
    }

    public String indicator() {
        return indicator;
    }

    public LocalDate dueOn() {
        return dueOn;
    }
}
