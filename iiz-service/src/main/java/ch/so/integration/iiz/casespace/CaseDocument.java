package ch.so.integration.iiz.casespace;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** IZ-06: a document in the shared case space: its name, media type, size and SHA-256; the bytes are kept apart. */
@Entity
@Table(name = "iiz_case_document")
public class CaseDocument {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Embedded
    private Contributor addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected CaseDocument() {
    }

    /** The document and its content row; the name and type are checked by {@link DocumentRules} before. */
    public static CaseDocument add(UUID caseId, String fileName, String mediaType, byte[] content,
                                   Contributor addedBy, Clock clock) {
        CaseDocument document = new CaseDocument();
        document.id = UUID.randomUUID();
        document.caseId = caseId;
        document.fileName = fileName;
        document.mediaType = mediaType;
        document.sizeBytes = content.length;
        document.sha256 = Sha256.of(content);
        document.addedBy = addedBy;
        document.addedAt = OffsetDateTime.now(clock);
        return document;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public String fileName() { return fileName; }
    public String mediaType() { return mediaType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public Contributor addedBy() { return addedBy; }
    public OffsetDateTime addedAt() { return addedAt; }
}
