package ch.so.integration.segmentation.integrationcase;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * SG-07: the file note (Aktennotiz) documenting a review decision, a PDF for Klib.net, stored once with its SHA-256
 * and the document type of the filing plan. Never rendered again.
 */
@Entity
@Table(name = "file_note")
public class FileNote {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "review_id", nullable = false)
    private UUID reviewId;

    @Column(name = "document_type", nullable = false, length = 60)
    private String documentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected FileNote() {
    }

    public FileNote(UUID id, UUID caseId, UUID reviewId, String documentType, byte[] content, String sha256,
                    OffsetDateTime createdAt) {
        this.id = id;
        this.caseId = caseId;
        this.reviewId = reviewId;
        this.documentType = documentType;
        this.content = content.clone();
        this.sha256 = sha256;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID reviewId() {
        return reviewId;
    }

    public String documentType() {
        return documentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
