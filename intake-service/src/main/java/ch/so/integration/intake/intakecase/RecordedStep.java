package ch.so.integration.intake.intakecase;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One recorded intake step: when it happened and which staff member was responsible. */
@Embeddable
public class RecordedStep {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private IntakeStep step;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = IntakeCase.MAX_RESPONSIBLE_LENGTH)
    private String responsible;

    @Column(length = IntakeCase.MAX_NOTE_LENGTH)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected RecordedStep() {
    }

    RecordedStep(IntakeStep step, LocalDate date, String responsible, String note, OffsetDateTime recordedAt) {
        this.step = step;
        this.date = date;
        this.responsible = responsible;
        this.note = note;
        this.recordedAt = recordedAt;
    }

    public IntakeStep step() {
        return step;
    }

    public LocalDate date() {
        return date;
    }

    /** The staff member's name or short id (never the client's data). */
    public String responsible() {
        return responsible;
    }

    /** May be null. */
    public String note() {
        return note;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
