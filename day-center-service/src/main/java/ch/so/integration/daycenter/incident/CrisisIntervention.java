package ch.so.integration.daycenter.incident;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** DC-17: a crisis intervention for an incident: when, who intervened, what was done. */
@Embeddable
public class CrisisIntervention {

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(name = "intervened_by", nullable = false, length = 200)
    private String intervenedBy;

    @Column(nullable = false, length = Incident.MAX_MEASURES_LENGTH)
    private String what;

    @Column(name = "recorded_by", nullable = false, length = Incident.MAX_ACTOR_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected CrisisIntervention() {
    }

    CrisisIntervention(OffsetDateTime occurredAt, String intervenedBy, String what, String recordedBy,
                       OffsetDateTime recordedAt) {
        this.occurredAt = occurredAt;
        this.intervenedBy = intervenedBy;
        this.what = what;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String intervenedBy() {
        return intervenedBy;
    }

    public String what() {
        return what;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
