package ch.so.integration.iiz.casespace;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** IZ-06: one line of a case's activity feed: what happened (kind), on which item, by whom. Never content. */
@Entity
@Table(name = "iiz_case_activity")
public class CaseActivity {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(length = 20)
    private String member;

    @Column(length = 60)
    private String institution;

    protected CaseActivity() {
    }

    CaseActivity(UUID caseId, OffsetDateTime occurredAt, String kind, UUID itemId, String actor, String member,
                 String institution) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.itemId = itemId;
        this.actor = actor.length() > 100 ? actor.substring(0, 100) : actor;
        this.member = member;
        this.institution = institution;
    }

    /** What the deletion log keeps of this line: the hash of its text form. */
    String fingerprint() {
        return caseId + "|" + occurredAt.toInstant() + "|" + kind + "|" + itemId + "|" + actor + "|" + member + "|"
                + institution;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public OffsetDateTime occurredAt() { return occurredAt; }
    public String kind() { return kind; }
    public UUID itemId() { return itemId; }
    public String actor() { return actor; }
    public String member() { return member; }
    public String institution() { return institution; }
}
