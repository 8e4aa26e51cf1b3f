package ch.so.integration.iiz.iizcase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * An iiz case: a person registered in the iiz network (IZ-02 path 1a, IZ-03 path 1b), its regional case team led by
 * a coordination person, the case manager's access to the case space (IZ-06), the team's decision (IZ-05) and the
 * closure (IZ-10). The person is known by intake's person id only. Guarded state changes register events.
 */
@Entity
@Table(name = "iiz_case")
public class IizCase {

    public static final int MAX_INSTITUTION_LENGTH = 60;
    public static final int MAX_ACCOUNT_LENGTH = 100;
    public static final int MAX_DESCRIPTION_LENGTH = 4000;
    public static final int MAX_MANDATE_LENGTH = 2000;
    public static final int MAX_DOCUMENT_NAME_LENGTH = 200;
    public static final int MAX_TEAM_SIZE = 20;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration_path", nullable = false, length = 30)
    private RegistrationPath registrationPath;

    @Column(name = "registering_institution", nullable = false, length = MAX_INSTITUTION_LENGTH)
    private String registeringInstitution;

    @Column(name = "social_office", nullable = false, length = MAX_INSTITUTION_LENGTH)
    private String socialOffice;

    @Column(name = "case_manager", length = MAX_ACCOUNT_LENGTH)
    private String caseManager;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_manager_access", nullable = false, length = 20)
    private CaseManagerAccess caseManagerAccess;

    @Column(name = "registered_by", nullable = false, length = MAX_ACCOUNT_LENGTH)
    private String registeredBy;

    @Column(name = "coordinator", length = MAX_ACCOUNT_LENGTH)
    private String coordinator;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status;

    @Column(name = "case_description", length = MAX_DESCRIPTION_LENGTH)
    private String caseDescription;

    @Column(name = "mandate", length = MAX_MANDATE_LENGTH)
    private String mandate;

    @Column(name = "registered_on", nullable = false)
    private LocalDate registeredOn;

    @Column(name = "forwarded_on")
    private LocalDate forwardedOn;

    @Column(name = "team_assembled_on")
    private LocalDate teamAssembledOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 40)
    private Decision decision;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = MAX_ACCOUNT_LENGTH)
    private String decidedBy;

    @Column(name = "recommendation", length = MAX_DESCRIPTION_LENGTH)
    private String recommendation;

    @Column(name = "closure_announced_on")
    private LocalDate closureAnnouncedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason", length = 40)
    private ClosureReason closureReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closed_by", length = MAX_ACCOUNT_LENGTH)
    private String closedBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "iiz_case_required_document", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = MAX_DOCUMENT_NAME_LENGTH)
    private List<String> requiredDocuments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "iiz_case_team_member", joinColumns = @JoinColumn(name = "case_id"))
    private Set<TeamMember> team = new HashSet<>();

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected IizCase() {
    }

    /** What a registration says, whichever path. */
    public record Registration(UUID personId, String socialOffice, String caseManager, String caseDescription,
                               String mandate, List<String> requiredDocuments) {
    }

    /**
     * IZ-02 (1a): the iiz specialists of the cantonal social office register a person for a social-assistance body
     * after its oral case description; procedure, mandate wording and required documents are settled. The
     * specialists then forward it ({@link #forward}).
     */
    public static IizCase registerBySocialAssistance(Registration registration, String specialist, Clock clock) {
        IizCase c = registered(registration, RegistrationPath.SOCIAL_ASSISTANCE, registration.socialOffice(),
                specialist, clock);
        if (c.caseDescription == null) {
            throw ProblemException.invalidField("caseDescription",
                    "is required: IZ-02 a 1a registration rests on the social-assistance body's case description");
        }
        if (c.mandate == null) {
            throw ProblemException.invalidField("mandate", "is required: IZ-02 the mandate to the iiz network is worded "
                    + "at registration");
        }
        c.events.add(IizCaseRegistered.of(c));
        return c;
    }

    /**
     * IZ-03 (1b): a partner institution registers a person; its specialist is the first team member. The
     * coordinator then assembles the regional case team ({@link #assembleTeam}).
     */
    public static IizCase registerByPartner(Registration registration, String institution, String specialist,
                                            String registeredBy, Clock clock) {
        IizCase c = registered(registration, RegistrationPath.PARTNER_INSTITUTION,
                requireText("registeringInstitution", institution, MAX_INSTITUTION_LENGTH), registeredBy, clock);
        c.team.add(new TeamMember(c.registeringInstitution,
                requireText("specialist", specialist, MAX_ACCOUNT_LENGTH)));
        c.events.add(IizCaseRegistered.of(c));
        return c;
    }

    private static IizCase registered(Registration r, RegistrationPath path, String registeringInstitution,
                                      String registeredBy, Clock clock) {
        if (r.personId() == null) {
            throw ProblemException.invalidField("personId", "is required");
        }
        IizCase c = new IizCase();
        c.id = UUID.randomUUID();
        c.personId = r.personId();
        c.registrationPath = path;
        c.socialOffice = requireText("socialOffice", r.socialOffice(), MAX_INSTITUTION_LENGTH);
        c.registeringInstitution = registeringInstitution;
        c.caseManager = optionalText("caseManager", r.caseManager(), MAX_ACCOUNT_LENGTH);
        c.caseManagerAccess = CaseManagerAccess.NONE;
        c.registeredBy = registeredBy;
        c.status = CaseStatus.REGISTERED;
        c.caseDescription = optionalText("caseDescription", r.caseDescription(), MAX_DESCRIPTION_LENGTH);
        c.mandate = optionalText("mandate", r.mandate(), MAX_MANDATE_LENGTH);
        List<String> documents = r.requiredDocuments() == null ? List.of() : r.requiredDocuments();
        for (int i = 0; i < documents.size(); i++) {
            c.requiredDocuments.add(requireText("requiredDocuments[" + i + "]", documents.get(i),
                    MAX_DOCUMENT_NAME_LENGTH));
        }
        c.registeredOn = LocalDate.now(clock);
        c.createdAt = OffsetDateTime.now(clock);
        return c;
    }

    /** IZ-02: the iiz specialists forward a 1a registration to the network. */
    public void forward(Clock clock) {
        requireNotClosed();
        if (registrationPath != RegistrationPath.SOCIAL_ASSISTANCE) {
            throw ProblemException.rule("IZ-02", "IZ-02: only a registration by a social-assistance body (1a) is "
                    + "forwarded by the iiz specialists; a partner's registration (1b) goes to the coordinator.");
        }
        if (status != CaseStatus.REGISTERED) {
            throw ProblemException.rule("IZ-02", "IZ-02: this registration was already forwarded.");
        }
        status = CaseStatus.FORWARDED;
        forwardedOn = LocalDate.now(clock);
    }

    /**
     * IZ-03: the coordinator assembles (or re-composes) the regional case team: one specialist per partner
     * institution plus the social office's case manager, and leads it. A 1a registration must be forwarded first;
     * a 1b team keeps the registering institution. Removing an institution cuts its access at once.
     */
    public void assembleTeam(List<TeamMember> members, String caseManagerAccount, String coordinatorAccount,
                             Clock clock) {
        requireNotClosed();
        if (registrationPath == RegistrationPath.SOCIAL_ASSISTANCE && status == CaseStatus.REGISTERED) {
            throw ProblemException.rule("IZ-02", "IZ-02: the iiz specialists forward a 1a registration to the "
                    + "network before a case team is assembled.");
        }
        if (members == null || members.isEmpty()) {
            throw ProblemException.invalidField("members", "at least one partner institution is required");
        }
        if (members.size() > MAX_TEAM_SIZE) {
            throw ProblemException.invalidField("members", "at most " + MAX_TEAM_SIZE + " institutions");
        }
        Set<String> institutions = new HashSet<>();
        List<TeamMember> checked = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            TeamMember m = members.get(i);
            String institution = requireText("members[" + i + "].institution", m == null ? null : m.institution(),
                    MAX_INSTITUTION_LENGTH);
            String specialist = requireText("members[" + i + "].specialist", m.specialist(), MAX_ACCOUNT_LENGTH);
            if (!institutions.add(institution)) {
                throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                                "IZ-03: the case team has one specialist per partner institution.")
                        .withRule("IZ-03").with("institution", institution));
            }
            checked.add(new TeamMember(institution, specialist));
        }
        if (registrationPath == RegistrationPath.PARTNER_INSTITUTION && !institutions.contains(registeringInstitution)) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                            "IZ-03: the registering partner institution stays in the case team.")
                    .withRule("IZ-03").with("institution", registeringInstitution));
        }
        String manager = requireText("caseManager", caseManagerAccount, MAX_ACCOUNT_LENGTH);
        if (!manager.equals(caseManager)) {
            caseManager = manager;
            caseManagerAccess = CaseManagerAccess.NONE;
        }
        team.clear();
        team.addAll(checked);
        coordinator = coordinatorAccount;
        if (status != CaseStatus.ACTIVE) {
            status = CaseStatus.ACTIVE;
            teamAssembledOn = LocalDate.now(clock);
        }
    }

    /** IZ-06: the case manager asks the coordinator for access to the case space. */
    public void requestCaseManagerAccess(String account) {
        requireNotClosed();
        if (caseManager == null || !caseManager.equals(account)) {
            throw ProblemException.notFound("iiz case", id);
        }
        if (caseManagerAccess == CaseManagerAccess.NONE) {
            caseManagerAccess = CaseManagerAccess.REQUESTED;
        }
    }

    /** IZ-06: the coordinator grants the requested access. */
    public void grantCaseManagerAccess() {
        requireNotClosed();
        if (caseManagerAccess == CaseManagerAccess.NONE) {
            throw ProblemException.rule("IZ-06", "IZ-06: the social-assistance body gets access on request; the case "
                    + "manager has not asked for it.");
        }
        caseManagerAccess = CaseManagerAccess.GRANTED;
    }

    /** IZ-05: on the basis of the situation analysis the case team decides once: round table or recommendation. */
    public void decide(Decision chosen, String recommendationText, String account, Clock clock) {
        requireNotClosed();
        if (chosen == null) {
            throw ProblemException.invalidField("decision", "is required");
        }
        if (status != CaseStatus.ACTIVE) {
            throw ProblemException.rule("IZ-05", "IZ-05: the case team decides once it is assembled.");
        }
        if (decision != null) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                            "IZ-05: the case team has already decided (" + decision + " on " + decidedOn + ").")
                    .withRule("IZ-05").with("decision", decision.name()));
        }
        String text = optionalText("recommendation", recommendationText, MAX_DESCRIPTION_LENGTH);
        if (chosen == Decision.RECOMMENDATION_WITH_CLOSURE && text == null) {
            throw ProblemException.invalidField("recommendation", "is required for a recommendation with case closure");
        }
        decision = chosen;
        recommendation = text;
        decidedOn = LocalDate.now(clock);
        decidedBy = account;
        events.add(new IizCaseDecided(id, personId, decision, decidedOn));
    }

    /**
     * IZ-10: the social-assistance body is informed before the closure, once: a second announcement is 409 citing
     * IZ-10 (no second event, no second notification).
     */
    public void announceClosure(Clock clock) {
        requireNotClosed();
        if (closureAnnouncedOn != null) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                            "IZ-10: the social office was already informed of the closure on " + closureAnnouncedOn + ".")
                    .withRule("IZ-10").with("closureAnnouncedOn", closureAnnouncedOn.toString()));
        }
        closureAnnouncedOn = LocalDate.now(clock);
        events.add(new IizCaseClosureAnnounced(id, personId, socialOffice, closureAnnouncedOn));
    }

    /**
     * IZ-10: closes the case after the social office was informed. Erases what the institutions provided to this
     * aggregate (case description, mandate wording) and returns it for the deletion log, together with what the
     * other packages erased ({@code erasedElsewhere}); the texts' hashes are HMAC-SHA256 with the deletion-log key.
     */
    public List<CaseContentEraser.Erased> close(ClosureReason reason, String account,
                                                List<CaseContentEraser.Erased> erasedElsewhere, ContentHash hash,
                                                Clock clock) {
        requireClosable(reason);
        List<CaseContentEraser.Erased> erased = new ArrayList<>(erasedElsewhere);
        if (caseDescription != null) {
            erased.add(new CaseContentEraser.Erased("case-description", id, hash.ofText(caseDescription)));
            caseDescription = null;
        }
        if (mandate != null) {
            erased.add(new CaseContentEraser.Erased("mandate", id, hash.ofText(mandate)));
            mandate = null;
        }
        if (recommendation != null) {
            erased.add(new CaseContentEraser.Erased("recommendation", id, hash.ofText(recommendation)));
            recommendation = null;
        }
        status = CaseStatus.CLOSED;
        closureReason = reason;
        closedOn = LocalDate.now(clock);
        closedBy = account;
        events.add(new IizCaseClosed(id, personId, socialOffice, reason, closedOn, erased.size()));
        return erased;
    }

    /** IZ-10: refuses a closure without a reason or before the social office was informed. */
    public void requireClosable(ClosureReason reason) {
        requireNotClosed();
        if (reason == null) {
            throw ProblemException.invalidField("reason", "is required");
        }
        if (closureAnnouncedOn == null) {
            throw ProblemException.rule("IZ-10", "IZ-10: the social-assistance body is informed before the closure; "
                    + "announce the closure first.");
        }
    }

    private void requireNotClosed() {
        if (status == CaseStatus.CLOSED) {
            throw ProblemException.notFound("iiz case", id);
        }
    }

    private static String requireText(String field, String value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            throw ProblemException.invalidField(field, "is required");
        }
        return text;
    }

    private static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            throw ProblemException.invalidField(field, "must be at most " + max + " characters");
        }
        return text;
    }

    /** Whether a partner institution belongs to the case team. */
    public boolean hasTeamMember(String institution) {
        return institution != null && team.stream().anyMatch(m -> m.institution().equals(institution));
    }

    /** Whether the account is this case's case manager with granted access (IZ-06). */
    public boolean isCaseManagerWithAccess(String account) {
        return caseManager != null && caseManager.equals(account) && caseManagerAccess == CaseManagerAccess.GRANTED;
    }

    public boolean isCaseManager(String account) {
        return caseManager != null && caseManager.equals(account);
    }

    /** The events registered since load, handed out once. */
    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public RegistrationPath registrationPath() {
        return registrationPath;
    }

    public String registeringInstitution() {
        return registeringInstitution;
    }

    public String socialOffice() {
        return socialOffice;
    }

    public Optional<String> caseManager() {
        return Optional.ofNullable(caseManager);
    }

    public CaseManagerAccess caseManagerAccess() {
        return caseManagerAccess;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public Optional<String> coordinator() {
        return Optional.ofNullable(coordinator);
    }

    public CaseStatus status() {
        return status;
    }

    public Optional<String> caseDescription() {
        return Optional.ofNullable(caseDescription);
    }

    public Optional<String> mandate() {
        return Optional.ofNullable(mandate);
    }

    public LocalDate registeredOn() {
        return registeredOn;
    }

    public Optional<LocalDate> forwardedOn() {
        return Optional.ofNullable(forwardedOn);
    }

    public Optional<LocalDate> teamAssembledOn() {
        return Optional.ofNullable(teamAssembledOn);
    }

    public Optional<Decision> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<LocalDate> decidedOn() {
        return Optional.ofNullable(decidedOn);
    }

    public Optional<String> recommendation() {
        return Optional.ofNullable(recommendation);
    }

    public Optional<LocalDate> closureAnnouncedOn() {
        return Optional.ofNullable(closureAnnouncedOn);
    }

    public Optional<ClosureReason> closureReason() {
        return Optional.ofNullable(closureReason);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    public List<String> requiredDocuments() {
        return List.copyOf(requiredDocuments);
    }

    /** The team, sorted by institution. */
    public List<TeamMember> team() {
        return team.stream().sorted(java.util.Comparator.comparing(TeamMember::institution)).toList();
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
