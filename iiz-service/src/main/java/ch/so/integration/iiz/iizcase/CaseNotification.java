package ch.so.integration.iiz.iizcase;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notification to the case's social-assistance body (recipient = its institution id): the closure announced
 * (IZ-10), a situation report issued (IZ-04, the item is the report). Its case manager reads them through the API.
 * No content: kind, item id, when and by whom.
 */
@Entity
@Table(name = "iiz_case_notification")
public class CaseNotification {

    public static final String CLOSURE_ANNOUNCED = "CLOSURE_ANNOUNCED";
    public static final String SITUATION_REPORT_ISSUED = "SITUATION_REPORT_ISSUED";

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false, length = 60)
    private String recipient;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "item_id")
    private UUID itemId;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "sent_by", nullable = false, length = 100)
    private String sentBy;

    protected CaseNotification() {
    }

    CaseNotification(UUID caseId, String recipient, String kind, UUID itemId, OffsetDateTime sentAt, String sentBy) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.recipient = recipient;
        this.kind = kind;
        this.itemId = itemId;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String recipient() {
        return recipient;
    }

    public String kind() {
        return kind;
    }

    public UUID itemId() {
        return itemId;
    }

    public OffsetDateTime sentAt() {
        return sentAt;
    }

    public String sentBy() {
        return sentBy;
    }
}
