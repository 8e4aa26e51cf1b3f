package ch.so.integration.daycenter.concern;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a concern's status, with who made it and an optional note. */
@Embeddable
public class StatusChange {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConcernStatus status;

    @Column(name = "changed_by", nullable = false, length = Concern.MAX_ACTOR_LENGTH)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(length = Concern.MAX_NOTE_LENGTH)
    private String note;

    protected StatusChange() {
    }

    StatusChange(ConcernStatus status, String changedBy, OffsetDateTime changedAt, String note) {
        this.status = status;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.note = note;
    }

    public ConcernStatus status() {
        return status;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public String note() {
        return note;
    }
}
