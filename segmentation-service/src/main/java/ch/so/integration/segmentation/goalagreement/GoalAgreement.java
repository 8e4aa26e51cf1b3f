package ch.so.integration.segmentation.goalagreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.document.PdfDocument;
import ch.so.integration.segmentation.integrationcase.IntegrationCase;
import ch.so.integration.segmentation.integrationcase.Segment;

/**
 * A goal agreement (Zielvereinbarung, SG-06): goals with indicator and due date, written from the template (see
 * {@link GoalAgreementDocument}), signed by the person, and filed as the signed scan with the document type the
 * filing plan gives. One starts after the initial segmentation, after every review and at aftercare start (SG-09).
 */
@Entity
@Table(name = "goal_agreement")
public class GoalAgreement {

    public static final int MAX_GOALS = 20;
    public static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Occasion occasion;

    @Column(name = "decision_id")
    private UUID decisionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 1)
    private Segment segment;

    @Column(name = "agreed_on", nullable = false)
    private LocalDate agreedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalAgreementStatus status;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "scan_document_type", length = 60)
    private String scanDocumentType;

    @Column(name = "scan_sha256", length = 64)
    private String scanSha256;

    @Column(name = "scan_size")
    private Integer scanSize;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "scan_content")
    private byte[] scanContent;

    @Column(name = "filed_at")
    private OffsetDateTime filedAt;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "goal_agreement_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<Goal> goals = new ArrayList<>();

    @Version
    private long version;

    /** A goal as requested. */
    public record GoalInput(String description, String indicator, LocalDate dueOn) {
    }

    protected GoalAgreement() {
    }

    /**
     * SG-06, SG-09: a goal agreement for the case's current period: after its segment decision, or from the start
     * of aftercare.
     */
    public static GoalAgreement agree(IntegrationCase integrationCase, LocalDate agreedOn, List<GoalInput> goals,
                                      Clock clock) {
        LocalDate periodStart = integrationCase.goalAgreementPeriodStart().orElseThrow(() ->
                ProblemException.rule("SG-06", "SG-06: a goal agreement follows the segmentation (or starts "
                        + "aftercare); this case is " + integrationCase.status() + "."));
        if (agreedOn == null) {
            throw ProblemException.invalidField("agreedOn", "is required");
        }
        if (agreedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("agreedOn", "must not lie in the future");
        }
        if (agreedOn.isBefore(periodStart)) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-06: the goal agreement belongs to "
                            + "the current period, which started on " + periodStart + ".").withRule("SG-06")
                    .withErrors(List.of(new FieldError("agreedOn", "must not lie before " + periodStart))));
        }
        List<FieldError> errors = new ArrayList<>();
        if (goals == null || goals.isEmpty()) {
            errors.add(new FieldError("goals", "at least one goal is required"));
        } else if (goals.size() > MAX_GOALS) {
            errors.add(new FieldError("goals", "at most " + MAX_GOALS + " goals"));
        } else {
            for (int i = 0; i < goals.size(); i++) {
                GoalInput g = goals.get(i);
                String field = "goals[" + i + "]";
                if (g == null) {
                    errors.add(new FieldError(field, "is required"));
                    continue;
                }
                text(errors, field + ".description", g.description());
                text(errors, field + ".indicator", g.indicator());
                if (g.dueOn() == null) {
                    errors.add(new FieldError(field + ".dueOn", "is required"));
                } else if (g.dueOn().isBefore(agreedOn)) {
                    errors.add(new FieldError(field + ".dueOn", "must not lie before the agreement date"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        GoalAgreement agreement = new GoalAgreement();
        agreement.id = UUID.randomUUID();
        agreement.caseId = integrationCase.id();
        agreement.personId = integrationCase.personId();
        boolean aftercare = integrationCase.status()
                == ch.so.integration.segmentation.integrationcase.CaseStatus.AFTERCARE;
        var decision = integrationCase.currentDecision().orElseThrow();
        agreement.occasion = aftercare ? Occasion.AFTERCARE
                : decision.sequenceNo() == 1 ? Occasion.SEGMENTATION : Occasion.REVIEW;
        agreement.decisionId = aftercare ? null : decision.id();
        agreement.segment = aftercare ? null : decision.segment();
        agreement.agreedOn = agreedOn;
        agreement.status = GoalAgreementStatus.DRAFT;
        agreement.createdAt = OffsetDateTime.now(clock);
        for (int i = 0; i < goals.size(); i++) {
            GoalInput g = goals.get(i);
            agreement.goals.add(new Goal(i, g.description().strip(), g.indicator().strip(), g.dueOn()));
        }
        return agreement;
    }

    /** SG-06: the person signed the printed agreement; not once the case has left assistance or closed. */
    public void sign(IntegrationCase integrationCase, LocalDate date, String recordedBy, Clock clock) {
        requireCaseOpen(integrationCase, "signed");
        if (status != GoalAgreementStatus.DRAFT) {
            throw ProblemException.conflict("The goal agreement was signed on " + signedOn + " already.");
        }
        if (date == null) {
            throw ProblemException.invalidField("signedOn", "is required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("signedOn", "must not lie in the future");
        }
        if (date.isBefore(agreedOn)) {
            throw ProblemException.invalidField("signedOn", "must not lie before the agreement date " + agreedOn);
        }
        signedOn = date;
        signedBy = recordedBy;
        status = GoalAgreementStatus.SIGNED;
    }

    /**
     * SG-06: files the signed scan (a PDF) as a document of the filing plan's type, with its SHA-256. Not a form in
     * Klib.net: the document is what is kept. Filed once: a filed document is not replaced silently (409); not once
     * the case has left assistance or closed.
     */
    public void fileScan(IntegrationCase integrationCase, byte[] pdf, String documentType, Clock clock) {
        requireCaseOpen(integrationCase, "filed");
        if (status == GoalAgreementStatus.FILED) {
            throw ProblemException.conflict("The signed goal agreement was filed on " + filedAt.toLocalDate()
                    + " already (SHA-256 " + scanSha256 + "); a filed document is not replaced.");
        }
        if (status == GoalAgreementStatus.DRAFT) {
            throw ProblemException.rule("SG-06", "SG-06: the signed goal agreement is scanned and filed; record the "
                    + "person's signature first.");
        }
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalidField("body", "the scanned PDF is required");
        }
        if (pdf.length > MAX_SCAN_BYTES) {
            throw ProblemException.invalidField("body", "must be at most 10 MB");
        }
        if (pdf.length < 5 || pdf[0] != '%' || pdf[1] != 'P' || pdf[2] != 'D' || pdf[3] != 'F' || pdf[4] != '-') {
            throw ProblemException.invalidField("body", "must be a PDF document");
        }
        scanContent = pdf.clone();
        scanSize = pdf.length;
        scanSha256 = PdfDocument.sha256(pdf);
        scanDocumentType = documentType;
        filedAt = OffsetDateTime.now(clock);
        status = GoalAgreementStatus.FILED;
    }

    /** What a review evaluates. */
    public IntegrationCase.AgreementFacts facts() {
        return new IntegrationCase.AgreementFacts(id, occasion == Occasion.AFTERCARE, decisionId, agreedOn,
                status != GoalAgreementStatus.DRAFT, goals.stream().map(Goal::id).toList());
    }

    private static void requireCaseOpen(IntegrationCase integrationCase, String what) {
        var caseStatus = integrationCase.status();
        if (caseStatus == ch.so.integration.segmentation.integrationcase.CaseStatus.CLOSED
                || caseStatus == ch.so.integration.segmentation.integrationcase.CaseStatus.DETACHED) {
            throw ProblemException.conflict("The case is " + caseStatus + ": its goal agreements are no longer "
                    + what + ".");
        }
    }

    private static void text(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.strip().length() > Goal.MAX_TEXT) {
            errors.add(new FieldError(field, "must be at most " + Goal.MAX_TEXT + " characters"));
        }
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public UUID personId() {
        return personId;
    }

    public Occasion occasion() {
        return occasion;
    }

    public Optional<UUID> decisionId() {
        return Optional.ofNullable(decisionId);
    }

    public Optional<Segment> segment() {
        return Optional.ofNullable(segment);
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public GoalAgreementStatus status() {
        return status;
    }

    public Optional<LocalDate> signedOn() {
        return Optional.ofNullable(signedOn);
    }

    public Optional<String> scanDocumentType() {
        return Optional.ofNullable(scanDocumentType);
    }

    public Optional<String> scanSha256() {
        return Optional.ofNullable(scanSha256);
    }

    public Optional<Integer> scanSize() {
        return Optional.ofNullable(scanSize);
    }

    public Optional<byte[]> scanContent() {
        return Optional.ofNullable(scanContent).map(byte[]::clone);
    }

    public Optional<OffsetDateTime> filedAt() {
        return Optional.ofNullable(filedAt);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }
}
