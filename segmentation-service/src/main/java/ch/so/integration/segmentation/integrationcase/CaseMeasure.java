package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.segmentation.measure.MeasureType;

/** A measure assigned to a case (SG-05), with the segment it was assigned in. */
@Entity
@Table(name = "case_measure")
public class CaseMeasure {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private MeasureType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Segment segment;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = 1000)
    private String justification;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected CaseMeasure() {
    }

    CaseMeasure(MeasureType type, Segment segment, LocalDate startedOn, String justification,
                OffsetDateTime recordedAt) {
        this.id = UUID.randomUUID();
        this.type = type;
        this.segment = segment;
        this.startedOn = startedOn;
        this.justification = justification;
        this.recordedAt = recordedAt;
    }

    void end(LocalDate date) {
        this.endedOn = date;
    }

    /** Running on the day: started on or before it and not ended before it. */
    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || !endedOn.isBefore(day));
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public UUID id() {
        return id;
    }

    public MeasureType type() {
        return type;
    }

    public Segment segment() {
        return segment;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Optional<LocalDate> endedOn() {
        return Optional.ofNullable(endedOn);
    }

    public Optional<String> justification() {
        return Optional.ofNullable(justification);
    }
}
