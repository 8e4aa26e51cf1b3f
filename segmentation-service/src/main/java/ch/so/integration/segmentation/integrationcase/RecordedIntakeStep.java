package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One recorded step of process 2010 (SG-01). */
@Embeddable
public class RecordedIntakeStep {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IntakeStep step;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate date;

    /** The short assessment's summary of findings; an optional note for the other steps. */
    @Column(length = IntegrationCase.MAX_TEXT)
    private String findings;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected RecordedIntakeStep() {
    }

    RecordedIntakeStep(IntakeStep step, LocalDate date, String findings, OffsetDateTime recordedAt) {
        this.step = step;
        this.date = date;
        this.findings = findings;
        this.recordedAt = recordedAt;
    }

    public IntakeStep step() {
        return step;
    }

    public LocalDate date() {
        return date;
    }

    public String findings() {
        return findings;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
