package ch.so.integration.intake.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import ch.so.integration.intake.programme.ProgrammeType;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.web.ProblemException;

/**
 * A person's placement: a day-center place (IVSE B), an AMI programme or pass(t)genau modules. It is PENDING until
 * its financing instrument is granted and its agreement signed, then ACTIVE, and ENDED (or CANCELLED) by an exit.
 * Every change is kept as a {@link Mutation} with its effective date and published (DC-14); nothing is edited in
 * place without a trace.
 */
@Entity
@Table(name = "placement")
public class Placement {

    /** DC-05: Pensum is counted in 10 % steps up to 100 %. */
    public static final int PENSUM_STEP = 10;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PlacementType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "pensum_percent")
    private Integer pensumPercent;

    /** DC-07: a stationary resident without an external day place or job is billed on 100 %. */
    @Column(name = "billing_basis_pensum_percent")
    private Integer billingBasisPensumPercent;

    @Column(name = "external_day_structure", nullable = false)
    private boolean externalDayStructure;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "placement_work_area", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    @Column(name = "area", nullable = false, length = 80)
    @BatchSize(size = 100)
    private List<String> workAreas = new ArrayList<>();

    @Column(name = "programme_id")
    private UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_type", length = 40)
    private ProgrammeType programmeType;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 40)
    private PasstGenauTargetGroup targetGroup;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "placement_module", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<ModuleBooking> modules = new ArrayList<>();

    @Column(name = "assessment_id")
    private UUID assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "exit_reason", length = 30)
    private ExitReason exitReason;

    @Column(name = "notice_given_on")
    private LocalDate noticeGivenOn;

    @Column(name = "exit_note", length = 500)
    private String exitNote;

    /** An AMI placement's programme place was given back (after its last day). */
    @Column(name = "programme_place_released", nullable = false)
    private boolean programmePlaceReleased;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "placement_mutation", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Mutation> mutations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "placement_course_step", joinColumns = @JoinColumn(name = "placement_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<CourseStep> course = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected Placement() {
    }

    /**
     * Makes a placement from a candidate the {@link PlacementRules} accepted, registering {@link PlacementCreated}.
     *
     * @throws IllegalArgumentException when the rules refuse the candidate (the service checks first and answers
     *                                  with the refusals)
     */
    public static Placement create(UUID personId, PlacementCreated.Participant participant, PlacementCandidate candidate,
                                   boolean externalDayStructure, UUID programmeId, UUID assessmentId, Clock clock) {
        return create(personId, participant, candidate, externalDayStructure, programmeId, assessmentId, null, null,
                clock);
    }

    /**
     * As above, with what billing needs in {@link PlacementCreated}: the AMI programme's provider, type and tariffs
     * at placement, and the pass(t)genau provider (PG-05); each null for other placements.
     */
    public static Placement create(UUID personId, PlacementCreated.Participant participant, PlacementCandidate candidate,
                                   boolean externalDayStructure, UUID programmeId, UUID assessmentId,
                                   PlacementCreated.ProgrammeTerms programme, PasstGenauProvider passtGenauProvider,
                                   Clock clock) {
        List<Refusal> refusals = PlacementRules.check(candidate);
        if (!refusals.isEmpty()) {
            throw new IllegalArgumentException(refusals.get(0).rule() + ": " + refusals.get(0).message());
        }
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.personId = personId;
        placement.type = candidate.type();
        placement.startDate = candidate.type() == PlacementType.PASST_GENAU
                ? candidate.modules().stream().map(ModuleBooking::plannedStart).min(LocalDate::compareTo)
                        .orElse(candidate.startDate())
                : candidate.startDate();
        placement.pensumPercent = candidate.pensumPercent();
        placement.externalDayStructure = candidate.type() == PlacementType.IVSE_B_STATIONARY && externalDayStructure;
        placement.billingBasisPensumPercent = billingBasis(candidate.type(), candidate.pensumPercent(),
                placement.externalDayStructure);
        placement.workAreas = new ArrayList<>(candidate.workAreas().stream().map(String::strip).toList());
        placement.programmeId = programmeId;
        placement.programmeType = candidate.programmeType();
        placement.targetGroup = candidate.targetGroup();
        placement.modules = new ArrayList<>(candidate.modules());
        placement.modules.sort((a, b) -> Integer.compare(a.module().order(), b.module().order()));
        placement.assessmentId = assessmentId;
        placement.status = PlacementStatus.PENDING;
        placement.createdAt = OffsetDateTime.now(clock);
        placement.events.add(new PlacementCreated(placement.id, personId, placement.type, placement.startDate,
                placement.pensumPercent, placement.billingBasisPensumPercent, List.copyOf(placement.workAreas),
                programmeId, placement.modules.stream().map(m -> new PlacementCreated.PlannedModule(m.module(),
                        m.plannedStart(), m.plannedEnd(), m.plannedHours(),
                        m.module().hourLimit(m.plannedStart(), m.plannedEnd()).orElse(null))).toList(),
                participant, candidate.type() == PlacementType.AMI_PROGRAMME ? programme : null,
                candidate.type() == PlacementType.PASST_GENAU ? passtGenauProvider : null));
        return placement;
    }

    /**
     * DC-07: a stationary resident without an external day place or a first-labour-market job is billed on a 100 %
     * Pensum; every other day-center place on its Pensum; other placements have no Pensum basis.
     */
    static Integer billingBasis(PlacementType type, Integer pensumPercent, boolean externalDayStructure) {
        if (!type.isDayCenter()) {
            return null;
        }
        if (type == PlacementType.IVSE_B_STATIONARY && !externalDayStructure) {
            return 100;
        }
        return pensumPercent;
    }

    public static boolean isValidPensum(int pensumPercent) {
        return pensumPercent >= PENSUM_STEP && pensumPercent <= 100 && pensumPercent % PENSUM_STEP == 0;
    }

    /**
     * Starts the placement: only with a granted financing instrument covering the start (DC-14, AM-05, PG-05) and
     * a signed agreement (DC-12).
     *
     * @param financingRule the rule that asks for the instrument (cited when it is missing)
     */
    public void activate(boolean financingGranted, String financingRule, boolean agreementSigned, Clock clock) {
        if (status != PlacementStatus.PENDING) {
            throw ProblemException.conflict("The placement is " + status + "; only a pending placement starts.");
        }
        if (!financingGranted) {
            throw ProblemException.rule(financingRule, "The placement cannot start before its financing instrument "
                    + "is recorded as granted and valid on the start date.");
        }
        if (!agreementSigned) {
            throw ProblemException.rule("DC-12",
                    "The placement becomes active only once the participation agreement is signed.");
        }
        status = PlacementStatus.ACTIVE;
        activatedAt = OffsetDateTime.now(clock);
        mutations.add(new Mutation(MutationKind.ACTIVATION, startDate, PlacementStatus.PENDING.name(),
                PlacementStatus.ACTIVE.name(), null, activatedAt));
        events.add(new PlacementActivated(id, personId, type, startDate));
    }

    /**
     * A mutation of the terms (DC-14): Pensum, work areas, setting (between the IVSE B types) or day structure,
     * effective on a date. Areas and settings move only through the assessment (DC-15).
     *
     * @return the kinds that changed (empty when nothing differs; then nothing is recorded)
     */
    public List<MutationKind> amend(LocalDate effectiveDate, Integer newPensum, List<String> newAreas,
                                    PlacementType newSetting, Boolean newExternalDayStructure, UUID assessmentId,
                                    boolean assessed, Clock clock) {
        requireOpen();
        if (effectiveDate.isBefore(startDate)) {
            throw ProblemException.invalidField("effectiveDate", "must not lie before the placement's start "
                    + startDate);
        }
        LocalDate lastEffect = lastTermsChange();
        if (lastEffect != null && effectiveDate.isBefore(lastEffect)) {
            throw ProblemException.invalidField("effectiveDate", "mutations are recorded in the order they take "
                    + "effect: the last one took effect on " + lastEffect);
        }
        if (!type.isDayCenter()) {
            throw ProblemException.rule("DC-14", "Pensum, areas and setting are terms of day-center places; "
                    + "end this placement and make a new one instead.");
        }
        List<MutationKind> kinds = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (newSetting != null && newSetting != type) {
            if (!newSetting.isDayCenter()) {
                throw ProblemException.invalidField("setting", "must be one of the IVSE B settings");
            }
            requireAssessed(assessed, "a change of setting");
            mutations.add(new Mutation(MutationKind.SETTING, effectiveDate, type.name(), newSetting.name(), assessmentId, now));
            type = newSetting;
            kinds.add(MutationKind.SETTING);
        }
        if (newAreas != null && !newAreas.stream().map(String::strip).toList().equals(workAreas)) {
            List<String> areas = newAreas.stream().map(String::strip).toList();
            if (areas.isEmpty() || areas.size() > PlacementRules.MAX_WORK_AREAS
                    || areas.stream().distinct().count() != areas.size()) {
                throw ProblemException.invalidField("workAreas",
                        "name 1 to " + PlacementRules.MAX_WORK_AREAS + " different work areas");
            }
            requireAssessed(assessed, "a change of work area");
            mutations.add(new Mutation(MutationKind.WORK_AREAS, effectiveDate, String.join(", ", workAreas),
                    String.join(", ", areas), assessmentId, now));
            workAreas.clear();
            workAreas.addAll(areas);
            kinds.add(MutationKind.WORK_AREAS);
        }
        if (newPensum != null && !newPensum.equals(pensumPercent)) {
            if (!isValidPensum(newPensum)) {
                throw ProblemException.invalidField("pensumPercent", "must be 10 to 100 in steps of 10 (DC-05)");
            }
            mutations.add(new Mutation(MutationKind.PENSUM, effectiveDate, String.valueOf(pensumPercent),
                    String.valueOf(newPensum), assessmentId, now));
            pensumPercent = newPensum;
            kinds.add(MutationKind.PENSUM);
        }
        boolean dayStructure = type == PlacementType.IVSE_B_STATIONARY
                && (newExternalDayStructure == null ? externalDayStructure : newExternalDayStructure);
        if (dayStructure != externalDayStructure) {
            mutations.add(new Mutation(MutationKind.DAY_STRUCTURE, effectiveDate, String.valueOf(externalDayStructure),
                    String.valueOf(dayStructure), assessmentId, now));
            externalDayStructure = dayStructure;
            kinds.add(MutationKind.DAY_STRUCTURE);
        }
        billingBasisPensumPercent = billingBasis(type, pensumPercent, externalDayStructure);
        if (!kinds.isEmpty()) {
            events.add(changedEvent(effectiveDate, kinds));
        }
        return kinds;
    }

    /** Checks a mutation's effective date (start, order) without changing terms. */
    public List<MutationKind> checkMutationDate(LocalDate effectiveDate) {
        requireOpen();
        if (effectiveDate.isBefore(startDate)) {
            throw ProblemException.invalidField("effectiveDate", "must not lie before the placement's start "
                    + startDate);
        }
        LocalDate lastEffect = lastTermsChange();
        if (lastEffect != null && effectiveDate.isBefore(lastEffect)) {
            throw ProblemException.invalidField("effectiveDate", "mutations are recorded in the order they take "
                    + "effect: the last one took effect on " + lastEffect);
        }
        return List.of();
    }

    /**
     * Whether the programme place is to be given back now: the placement was cancelled, or it ended and its last day
     * lies before {@code today}. Marks it released, so it is given back once.
     */
    public boolean releaseProgrammePlaceIfDue(LocalDate today) {
        if (programmeId == null || programmePlaceReleased || status.isOpen()
                || (status == PlacementStatus.ENDED && !endDate.isBefore(today))) {
            return false;
        }
        programmePlaceReleased = true;
        return true;
    }

    /** The financing moved to another instrument (a new one is requested); recorded and published. */
    public void recordFinancingChange(LocalDate effectiveDate, String from, String to, Clock clock) {
        requireOpen();
        mutations.add(new Mutation(MutationKind.FINANCING, effectiveDate, from, to, null, OffsetDateTime.now(clock)));
        events.add(changedEvent(effectiveDate, List.of(MutationKind.FINANCING)));
    }

    /**
     * Ends the placement (DC-13). Notice given by a party keeps the notice period: the end may not lie before
     * {@code earliestEnd}. A placement that never started is cancelled.
     */
    public void exit(LocalDate noticeGivenOn, LocalDate lastDay, ExitReason reason, String note, LocalDate earliestEnd,
                     Clock clock) {
        requireOpen();
        if (reason.keepsNoticePeriod() && noticeGivenOn == null) {
            throw ProblemException.invalidField("noticeGivenOn", "is required when a party gives notice (DC-13)");
        }
        if (reason == ExitReason.EXTRAORDINARY && (note == null || note.isBlank())) {
            throw ProblemException.invalidField("note", "an extraordinary exit states its reason");
        }
        if (reason == ExitReason.COMPLETED && type == PlacementType.AMI_PROGRAMME && status == PlacementStatus.ACTIVE
                && (course.isEmpty() || course.getLast().stage() != CourseStage.FINAL_TALK)) {
            throw ProblemException.rule("AM-03", "A programme completes with the final talk (report, participation "
                    + "confirmation, follow-up); record it first, or end it as ABORTED or TRANSFER.");
        }
        if (status == PlacementStatus.PENDING && lastDay.isBefore(startDate.minusDays(1))) {
            throw ProblemException.invalidField("endDate", "must not lie before the day before the start " + startDate);
        }
        if (status == PlacementStatus.ACTIVE && lastDay.isBefore(startDate)) {
            throw ProblemException.invalidField("endDate", "a started placement ends on or after its start " + startDate);
        }
        LocalDate lastEffect = lastTermsChange();
        if (lastEffect != null && lastDay.isBefore(lastEffect)) {
            throw ProblemException.invalidField("endDate", "must not lie before the last mutation's effect on "
                    + lastEffect);
        }
        if (status == PlacementStatus.ACTIVE && reason.keepsNoticePeriod() && lastDay.isBefore(earliestEnd)) {
            throw ProblemException.rule("DC-13", "With notice given on " + noticeGivenOn
                    + " the agreement's notice period ends the placement on " + earliestEnd + " at the earliest.");
        }
        PlacementStatus before = status;
        status = before == PlacementStatus.PENDING ? PlacementStatus.CANCELLED : PlacementStatus.ENDED;
        endDate = lastDay;
        exitReason = reason;
        this.noticeGivenOn = noticeGivenOn;
        this.exitNote = note == null || note.isBlank() ? null : note.strip();
        mutations.add(new Mutation(MutationKind.EXIT, lastDay, before.name(), status.name() + " " + reason.name(),
                null, OffsetDateTime.now(clock)));
        events.add(new PlacementEnded(id, personId, type, startDate, lastDay, reason,
                status == PlacementStatus.CANCELLED));
    }

    /**
     * AM-03: records the next stage of an AMI programme's course, in order, on an active placement. The final talk
     * needs the report and the participation confirmation issued and the follow-up set.
     */
    public void recordCourseStage(CourseStage stage, LocalDate date, String note, Boolean reportIssued,
                                  Boolean participationConfirmationIssued, Boolean workReferenceIssued,
                                  String followUp) {
        if (type != PlacementType.AMI_PROGRAMME) {
            throw ProblemException.rule("AM-03", "The programme course belongs to AMI programme placements.");
        }
        if (status != PlacementStatus.ACTIVE) {
            throw ProblemException.conflict("The placement is " + status + "; the course is recorded while it runs.");
        }
        CourseStage expected = course.isEmpty() ? CourseStage.SITUATION_ANALYSIS
                : course.getLast().stage() == CourseStage.FINAL_TALK ? null
                : CourseStage.values()[course.getLast().stage().ordinal() + 1];
        if (stage != expected) {
            throw ProblemException.rule("AM-03", expected == null ? "The course ended with the final talk."
                    : "The course runs situation analysis, goal agreement, action plan, implementation, evaluation, "
                            + "final talk: next is " + expected + ", not " + stage + ".");
        }
        LocalDate previous = course.isEmpty() ? startDate : course.getLast().date();
        if (date.isBefore(previous)) {
            throw ProblemException.invalidField("date", "must not lie before " + previous);
        }
        if (stage == CourseStage.FINAL_TALK) {
            if (!Boolean.TRUE.equals(reportIssued) || !Boolean.TRUE.equals(participationConfirmationIssued)) {
                throw ProblemException.rule("AM-03", "The final talk issues the report and the participation "
                        + "confirmation (reportIssued, participationConfirmationIssued).");
            }
            if (followUp == null || followUp.isBlank()) {
                throw ProblemException.invalidField("followUp", "the final talk sets the follow-up (AM-03)");
            }
        }
        course.add(new CourseStep(stage, date, blankToNull(note), stage == CourseStage.FINAL_TALK ? reportIssued : null,
                stage == CourseStage.FINAL_TALK ? participationConfirmationIssued : null,
                stage == CourseStage.FINAL_TALK ? Boolean.TRUE.equals(workReferenceIssued) : null,
                stage == CourseStage.FINAL_TALK ? followUp.strip() : null));
    }

    /** The effective date of the latest change of terms (Pensum, areas, setting, day structure, financing). */
    private LocalDate lastTermsChange() {
        return mutations.stream().filter(m -> m.kind() != MutationKind.ACTIVATION && m.kind() != MutationKind.EXIT)
                .map(Mutation::effectiveDate).max(LocalDate::compareTo).orElse(null);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private void requireAssessed(boolean assessed, String what) {
        if (!assessed) {
            throw ProblemException.rule("DC-15", "The assessment governs " + what
                    + ": name a completed assessment of this person (assessmentId).");
        }
    }

    private void requireOpen() {
        if (!status.isOpen()) {
            throw ProblemException.conflict("The placement is " + status + " and cannot change any more.");
        }
    }

    private PlacementChanged changedEvent(LocalDate effectiveDate, List<MutationKind> kinds) {
        return new PlacementChanged(id, personId, type, effectiveDate, List.copyOf(kinds), pensumPercent,
                billingBasisPensumPercent, List.copyOf(workAreas));
    }

    /** The events registered since load, handed out once. */
    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public PlacementType type() { return type; }
    public LocalDate startDate() { return startDate; }
    public LocalDate endDate() { return endDate; }
    public Integer pensumPercent() { return pensumPercent; }
    public Integer billingBasisPensumPercent() { return billingBasisPensumPercent; }
    public boolean externalDayStructure() { return externalDayStructure; }
    public List<String> workAreas() { return List.copyOf(workAreas); }
    public UUID programmeId() { return programmeId; }
    public ProgrammeType programmeType() { return programmeType; }
    public PasstGenauTargetGroup targetGroup() { return targetGroup; }
    public List<ModuleBooking> modules() { return List.copyOf(modules); }
    public UUID assessmentId() { return assessmentId; }
    public PlacementStatus status() { return status; }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime activatedAt() { return activatedAt; }
    public ExitReason exitReason() { return exitReason; }
    public LocalDate noticeGivenOn() { return noticeGivenOn; }
    public String exitNote() { return exitNote; }
    public List<Mutation> mutations() { return List.copyOf(mutations); }
    public List<CourseStep> course() { return List.copyOf(course); }
}
