package ch.so.integration.intake.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.web.ProblemException;

/**
 * The participation agreement of a placement (DC-12): made with the placement, with the partner institution, the
 * notice period (DC-13) and the collaboration rules as annex; signed by the participant (who, when, the signed
 * scan's reference). The placement starts only once it is signed.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false, unique = true)
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    /** The institution or provider the agreement is made with. */
    @Column(name = "partner_name", nullable = false, length = 160)
    private String partnerName;

    @Embedded
    private NoticePeriod noticePeriod;

    @Column(name = "collaboration_rules_reference", nullable = false, length = 200)
    private String collaborationRulesReference;

    @Column(name = "collaboration_rules_version", nullable = false, length = 60)
    private String collaborationRulesVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AgreementStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    /** Who signed for the participant: the participant or a legal representative, by name. */
    @Column(name = "signed_by", length = 160)
    private String signedBy;

    @Column(name = "institution_signatory", length = 160)
    private String institutionSignatory;

    @Column(name = "scan_reference", length = 200)
    private String scanReference;

    @Column(name = "signature_recorded_at")
    private OffsetDateTime signatureRecordedAt;

    /** DC-12: the document as it was signed, and its SHA-256. */
    @Column(name = "signed_document")
    private byte[] signedDocument;

    @Column(name = "signed_document_sha256", length = 64)
    private String signedDocumentSha256;

    @Version
    private long version;

    protected Agreement() {
    }

    public static Agreement draft(UUID placementId, UUID personId, String partnerName, NoticePeriod noticePeriod,
                                  String collaborationRulesReference, String collaborationRulesVersion,
                                  Clock clock) {
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.placementId = placementId;
        agreement.personId = personId;
        agreement.partnerName = partnerName;
        agreement.noticePeriod = noticePeriod;
        agreement.collaborationRulesReference = collaborationRulesReference;
        agreement.collaborationRulesVersion = collaborationRulesVersion;
        agreement.status = AgreementStatus.DRAFT;
        agreement.createdAt = OffsetDateTime.now(clock);
        return agreement;
    }

    /** DC-12: records the signature; once signed it stays signed (a new agreement needs a new placement). */
    public void sign(LocalDate signedOn, String signedBy, String institutionSignatory, String scanReference,
                     byte[] document, Clock clock) {
        if (status == AgreementStatus.SIGNED) {
            throw ProblemException.conflict("The agreement was signed on " + this.signedOn + ".");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("signedOn", "must not lie in the future");
        }
        if (signedOn.isBefore(createdAt.atZoneSameInstant(clock.getZone()).toLocalDate())) {
            throw ProblemException.invalidField("signedOn", "must not lie before the agreement was made");
        }
        this.status = AgreementStatus.SIGNED;
        this.signedOn = signedOn;
        this.signedBy = signedBy.strip();
        this.institutionSignatory = institutionSignatory.strip();
        this.scanReference = scanReference.strip();
        this.signatureRecordedAt = OffsetDateTime.now(clock);
        this.signedDocument = document.clone();
        this.signedDocumentSha256 = sha256(document);
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document as signed, or empty before the signature. */
    public java.util.Optional<byte[]> signedDocument() {
        return java.util.Optional.ofNullable(signedDocument).map(byte[]::clone);
    }

    public String signedDocumentSha256() {
        return signedDocumentSha256;
    }

    public boolean signed() {
        return status == AgreementStatus.SIGNED;
    }

    public UUID id() { return id; }
    public UUID placementId() { return placementId; }
    public UUID personId() { return personId; }
    public String partnerName() { return partnerName; }
    public NoticePeriod noticePeriod() { return noticePeriod; }
    public String collaborationRulesReference() { return collaborationRulesReference; }
    public String collaborationRulesVersion() { return collaborationRulesVersion; }
    public AgreementStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
    public LocalDate signedOn() { return signedOn; }
    public String signedBy() { return signedBy; }
    public String institutionSignatory() { return institutionSignatory; }
    public String scanReference() { return scanReference; }
    public OffsetDateTime signatureRecordedAt() { return signatureRecordedAt; }
}
