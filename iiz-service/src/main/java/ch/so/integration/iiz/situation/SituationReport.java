package ch.so.integration.iiz.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.iiz.casespace.Sha256;

/**
 * IZ-04: an issued situation report, kept as issued: the structured content (JSON) and the PDF with its SHA-256.
 * Issuing again makes a new version; earlier ones stay readable.
 */
@Entity
@Table(name = "iiz_situation_report")
public class SituationReport {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false)
    private int version;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, length = 100)
    private String issuedBy;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    /** The structured report as JSON. */
    @Column(nullable = false)
    private String content;

    @Column(nullable = false)
    private byte[] document;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    protected SituationReport() {
    }

    static SituationReport issue(UUID id, UUID caseId, int version, String issuedBy, String contentJson,
                                 byte[] pdf, Clock clock) {
        SituationReport report = new SituationReport();
        report.id = id;
        report.caseId = caseId;
        report.version = version;
        report.issuedOn = LocalDate.now(clock);
        report.issuedBy = issuedBy.length() > 100 ? issuedBy.substring(0, 100) : issuedBy;
        report.issuedAt = OffsetDateTime.now(clock);
        report.content = contentJson;
        report.document = pdf.clone();
        report.documentSha256 = Sha256.of(pdf);
        return report;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public int version() { return version; }
    public LocalDate issuedOn() { return issuedOn; }
    public String issuedBy() { return issuedBy; }
    public OffsetDateTime issuedAt() { return issuedAt; }
    public String content() { return content; }
    public byte[] document() { return document.clone(); }
    public String documentSha256() { return documentSha256; }
}
