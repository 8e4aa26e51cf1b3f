package ch.so.integration.iiz.iizcase;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.iiz.access.CaseContentEraser;

/** IZ-10: one deleted item of a closed case: kind, id and SHA-256 of the content, when and by whom. No content. */
@Entity
@Table(name = "iiz_deletion_log")
public class DeletionLogEntry {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "item_id", nullable = false)
    private UUID itemId;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "deleted_at", nullable = false)
    private OffsetDateTime deletedAt;

    @Column(name = "deleted_by", nullable = false, length = 100)
    private String deletedBy;

    protected DeletionLogEntry() {
    }

    DeletionLogEntry(UUID caseId, CaseContentEraser.Erased erased, OffsetDateTime deletedAt, String deletedBy) {
        if (erased.kind() == null || erased.id() == null || erased.sha256() == null
                || !erased.sha256().matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("an eraser reported an incomplete deletion");
        }
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.kind = erased.kind();
        this.itemId = erased.id();
        this.sha256 = erased.sha256();
        this.deletedAt = deletedAt;
        this.deletedBy = deletedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public String kind() {
        return kind;
    }

    public UUID itemId() {
        return itemId;
    }

    public String sha256() {
        return sha256;
    }

    public OffsetDateTime deletedAt() {
        return deletedAt;
    }

    public String deletedBy() {
        return deletedBy;
    }
}
