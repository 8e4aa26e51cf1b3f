package ch.so.integration.billing.record;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A coaching session with its minutes as recorded (AM-07 rounds them up to the quarter hour when billing). */
@Embeddable
public class RecordedSession {

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private int minutes;

    protected RecordedSession() {
    }

    RecordedSession(LocalDate day, int minutes) {
        this.day = day;
        this.minutes = minutes;
    }

    public LocalDate day() {
        return day;
    }

    public int minutes() {
        return minutes;
    }
}
