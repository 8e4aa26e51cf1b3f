package ch.so.integration.iiz.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-08: one version of a case's integration plan (Handlungs- oder Integrationsplan). A DRAFT holds the measures
 * agreed at the round table, each with a deadline and a responsible institution or person; the case team reviews it
 * (each member approves or comments; a revision of the measures starts a new round); coordinator and client sign it
 * at the kickoff, which puts it in force. A signed version never changes: a change is a new version, and signing
 * that supersedes the old one, which is kept.
 */
@Entity
@Table(name = "iiz_plan")
public class IntegrationPlan {

    public static final String RULE = "IZ-08";
    public static final int MAX_MEASURES = 30;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "plan_version", nullable = false)
    private int planVersion;

    @Column(nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "drafted_by", nullable = false, length = 100)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private OffsetDateTime draftedAt;

    @Column(name = "kickoff_on")
    private LocalDate kickoffOn;

    @Column(name = "coordinator_signatory", length = 100)
    private String coordinatorSignatory;

    @Column(name = "client_signatory", length = 160)
    private String clientSignatory;

    @Column(name = "signed_at")
    private OffsetDateTime signedAt;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    @ElementCollection
    @CollectionTable(name = "iiz_plan_measure", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<Measure> measures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "iiz_plan_review", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderColumn(name = "position")
    private List<PlanReview> reviews = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected IntegrationPlan() {
    }

    /**
     * A new draft: version 1, or the version after the latest signed one.
     *
     * @param previous the case's latest version, or null for the first plan
     */
    public static IntegrationPlan draft(UUID caseId, IntegrationPlan previous, List<Measure> measures, String draftedBy,
                                        Clock clock) {
        if (previous != null && previous.status == PlanStatus.DRAFT) {
            throw ProblemException.rule(RULE, "IZ-08: version " + previous.planVersion
                    + " of the plan is still a draft; revise it instead of starting a new version.");
        }
        IntegrationPlan plan = new IntegrationPlan();
        plan.id = UUID.randomUUID();
        plan.caseId = caseId;
        plan.planVersion = previous == null ? 1 : previous.planVersion + 1;
        plan.revision = 1;
        plan.status = PlanStatus.DRAFT;
        plan.draftedBy = truncate(draftedBy, 100);
        plan.draftedAt = OffsetDateTime.now(clock);
        plan.measures.addAll(checkMeasures(measures, LocalDate.now(clock)));
        return plan;
    }

    /** IZ-08: changes the draft's measures; the reviews of the earlier revision no longer count. */
    public void revise(List<Measure> newMeasures, Clock clock) {
        requireDraft();
        List<Measure> checked = checkMeasures(newMeasures, LocalDate.now(clock));
        measures.clear();
        measures.addAll(checked);
        revision++;
    }

    /** IZ-08: a team member approves the current revision or comments on it (a comment needs text). */
    public void review(PlanReview.Verdict verdict, String comment, Contributor reviewer, Clock clock) {
        requireDraft();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (verdict == PlanReview.Verdict.COMMENTED && text == null) {
            throw ProblemException.invalidField("comment", "is required when commenting");
        }
        reviews.add(new PlanReview(revision, verdict, text, reviewer, OffsetDateTime.now(clock)));
    }

    /**
     * IZ-08: coordinator and client sign at the kickoff. Refused unless the current revision was reviewed by the team
     * (at least one approval by a partner institution or the case manager, and no member's latest word on it a
     * comment), the kickoff is not in the future, and no
     * deadline lies before the kickoff.
     *
     * @param previousSigned the version in force until now, superseded by this one (null for the first)
     */
    public void sign(LocalDate kickoffOn, String coordinator, String clientSignatory, IntegrationPlan previousSigned,
                     Clock clock) {
        requireDraft();
        if (kickoffOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("kickoffOn", "must not lie in the future: the plan is signed at the kickoff");
        }
        Map<String, PlanReview> latest = latestReviews();
        if (latest.values().stream().noneMatch(IntegrationPlan::countsAsTeamApproval)) {
            throw ProblemException.rule(RULE, "IZ-08: the case team reviews the plan before it is signed; revision "
                    + revision + " has no approval of a partner institution or the social office's case manager yet "
                    + "(the iiz office's own approval does not count).");
        }
        List<String> open = latest.values().stream().filter(r -> r.verdict() == PlanReview.Verdict.COMMENTED)
                .map(r -> r.reviewer().user()).sorted().toList();
        if (!open.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "IZ-08: " + open.size()
                            + " team member(s) commented on revision " + revision + " and have not approved it; revise the "
                            + "plan or ask them to approve.").withRule(RULE).with("openComments", open));
        }
        List<FieldError> early = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).deadline().isBefore(kickoffOn)) {
                early.add(new FieldError("measures[" + i + "].deadline", "lies before the kickoff on " + kickoffOn));
            }
        }
        if (!early.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                    "IZ-08: a measure's deadline cannot lie before the kickoff at which the plan is signed; revise it.")
                    .withRule(RULE).withErrors(early));
        }
        this.kickoffOn = kickoffOn;
        this.coordinatorSignatory = truncate(coordinator, 100);
        this.clientSignatory = clientSignatory.strip();
        this.signedAt = OffsetDateTime.now(clock);
        this.status = PlanStatus.SIGNED;
        UUID superseded = null;
        if (previousSigned != null) {
            previousSigned.supersede(clock);
            superseded = previousSigned.id;
        }
        LocalDate earliest = measures.stream().map(Measure::deadline).min(Comparator.naturalOrder()).orElse(null);
        events.add(new IntegrationPlanSigned(caseId, id, planVersion, kickoffOn, measures.size(), earliest, superseded));
    }

    /** The members whose approval lets the plan be signed: the partner institutions and the social office. */
    static final java.util.Set<String> REVIEWING_MEMBERS = java.util.Set.of("INSTITUTION", "CASE_MANAGER");

    /**
     * IZ-08: "vom Fallteam gegengelesen": an approval by a partner institution or the case manager; the coordinator
     * who drafted the plan (and the rest of the iiz office) cannot approve their own draft into signing.
     */
    static boolean countsAsTeamApproval(PlanReview review) {
        return review.verdict() == PlanReview.Verdict.APPROVED
                && REVIEWING_MEMBERS.contains(review.reviewer().member());
    }

    private void supersede(Clock clock) {
        status = PlanStatus.SUPERSEDED;
        supersededAt = OffsetDateTime.now(clock);
    }

    /** Each reviewer's latest review of the current revision. */
    public Map<String, PlanReview> latestReviews() {
        Map<String, PlanReview> latest = new LinkedHashMap<>();
        for (PlanReview review : reviews) {
            if (review.revision() == revision) {
                latest.put(review.reviewer().user(), review);
            }
        }
        return latest;
    }

    /**
     * IZ-08: every measure has a title, a deadline not in the past and a responsible institution or person.
     *
     * @throws ProblemException 400 naming {@code measures[i].…}
     */
    static List<Measure> checkMeasures(List<Measure> measures, LocalDate today) {
        if (measures == null || measures.isEmpty()) {
            throw ProblemException.invalidField("measures", "at least one measure is required");
        }
        if (measures.size() > MAX_MEASURES) {
            throw ProblemException.invalidField("measures", "at most " + MAX_MEASURES + " measures");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Measure> cleaned = new ArrayList<>();
        for (int i = 0; i < measures.size(); i++) {
            Measure m = measures.get(i);
            String field = "measures[" + i + "]";
            if (m == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            String title = blankToNull(m.title());
            if (title == null) {
                errors.add(new FieldError(field + ".title", "is required"));
            } else if (title.length() > 200) {
                errors.add(new FieldError(field + ".title", "must be at most 200 characters"));
            }
            String description = blankToNull(m.description());
            if (description != null && description.length() > 2000) {
                errors.add(new FieldError(field + ".description", "must be at most 2000 characters"));
            }
            if (m.deadline() == null) {
                errors.add(new FieldError(field + ".deadline", "is required"));
            } else if (m.deadline().isBefore(today)) {
                errors.add(new FieldError(field + ".deadline", "must not lie in the past"));
            }
            String institution = blankToNull(m.responsibleInstitution());
            String person = blankToNull(m.responsiblePerson());
            if (institution == null && person == null) {
                errors.add(new FieldError(field + ".responsibleInstitution",
                        "a responsible institution or person is required (IZ-08)"));
            }
            if (institution != null && institution.length() > 60) {
                errors.add(new FieldError(field + ".responsibleInstitution", "must be at most 60 characters"));
            }
            if (person != null && person.length() > 160) {
                errors.add(new FieldError(field + ".responsiblePerson", "must be at most 160 characters"));
            }
            cleaned.add(new Measure(title, description, m.deadline(), institution, person));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return cleaned;
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw ProblemException.rule(RULE, "IZ-08: version " + planVersion + " of the plan is " + status
                    + " and no longer changes; a change is a new version.");
        }
    }

    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    String fingerprint() {
        return planVersion + "|" + status + "|" + measures + "|" + reviews + "|" + kickoffOn + "|" + clientSignatory;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public int planVersion() { return planVersion; }
    public int revision() { return revision; }
    public PlanStatus status() { return status; }
    public String draftedBy() { return draftedBy; }
    public OffsetDateTime draftedAt() { return draftedAt; }
    public LocalDate kickoffOn() { return kickoffOn; }
    public String coordinatorSignatory() { return coordinatorSignatory; }
    public String clientSignatory() { return clientSignatory; }
    public OffsetDateTime signedAt() { return signedAt; }
    public OffsetDateTime supersededAt() { return supersededAt; }
    public List<Measure> measures() { return List.copyOf(measures); }
    public List<PlanReview> reviews() { return List.copyOf(reviews); }
}
