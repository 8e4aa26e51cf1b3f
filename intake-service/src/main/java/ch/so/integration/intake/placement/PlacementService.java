package ch.so.integration.intake.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.agreement.Agreement;
import ch.so.integration.intake.agreement.Agreements;
import ch.so.integration.intake.agreement.NoticePeriod;
import ch.so.integration.intake.assessment.Assessment;
import ch.so.integration.intake.assessment.Assessments;
import ch.so.integration.intake.config.IntakeConfig;
import ch.so.integration.intake.financing.Debtor;
import ch.so.integration.intake.financing.FinancingDecision;
import ch.so.integration.intake.financing.FinancingDetermination;
import ch.so.integration.intake.financing.FinancingInstrument;
import ch.so.integration.intake.financing.FinancingInstruments;
import ch.so.integration.intake.financing.FinancingSituation;
import ch.so.integration.intake.person.Circumstances;
import ch.so.integration.intake.person.Person;
import ch.so.integration.intake.person.Persons;
import ch.so.integration.intake.placement.api.ChangePlacementRequest;
import ch.so.integration.intake.placement.api.CourseStepRequest;
import ch.so.integration.intake.placement.api.CreatePlacementRequest;
import ch.so.integration.intake.placement.api.ExitRequest;
import ch.so.integration.intake.placement.api.ModuleBookingDto;
import ch.so.integration.intake.placement.api.PlacementView;
import ch.so.integration.intake.programme.Programme;
import ch.so.integration.intake.programme.Programmes;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * Places persons and keeps their placements: the rules of who may go where, the financing determination and the
 * instrument request, the agreement, start, mutations and exits. Each operation commits the placement, its
 * instrument, agreement, audit records and events together or not at all.
 */
@ApplicationScoped
public class PlacementService {

    static final String RESOURCE = "placement";

    private final Placements placements;
    private final Persons persons;
    private final Programmes programmes;
    private final Assessments assessments;
    private final FinancingInstruments instruments;
    private final Agreements agreements;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final IntakeConfig config;
    private final ch.so.integration.platform.security.Actors actors;
    private final Clock clock;

    PlacementService(Placements placements, Persons persons, Programmes programmes, Assessments assessments,
                     FinancingInstruments instruments, Agreements agreements, Outbox outbox, AuditLog audit,
                     Idempotency idempotency, IntakeConfig config, ch.so.integration.platform.security.Actors actors,
                     Clock clock) {
        this.actors = actors;
        this.placements = placements;
        this.persons = persons;
        this.programmes = programmes;
        this.assessments = assessments;
        this.instruments = instruments;
        this.agreements = agreements;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<PlacementView> create(CreatePlacementRequest request, String idempotencyKey) {
        return idempotency.once("intake.create-placement", idempotencyKey, request, PlacementView.class,
                () -> {
                    PlacementView view = place(request);
                    return new Idempotency.Result<>(view.id().toString(), view, false);
                },
                replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    private PlacementView place(CreatePlacementRequest request) {
        Person person = persons.byId(request.personId()).orElseThrow(
                () -> ProblemException.invalidField("personId", "no person with this id is registered"));
        if (person.address() == null || person.circumstances().residencePermit() == null) {
            throw ProblemException.conflict("Record the person's address and circumstances first: financing "
                    + "depends on the canton and the benefits.");
        }
        PlacementType type = request.type();
        Programme programme = null;
        if (request.programmeId() != null) {
            programme = programmes.byIdForUpdate(request.programmeId()).orElseThrow(
                    () -> ProblemException.invalidField("programmeId", "no programme with this id is in the catalogue"));
        }
        boolean assessed = false;
        if (request.assessmentId() != null) {
            Assessment assessment = assessments.byId(request.assessmentId()).orElseThrow(
                    () -> ProblemException.invalidField("assessmentId", "no assessment with this id is recorded"));
            assessed = assessment.coversPlacementOf(person.id(), type.name(), request.startDate());
            if (!assessed) {
                throw ProblemException.rule("DC-15", "The assessment does not cover this placement: it must be of "
                        + "this person, recommend " + type.name() + " and be at most six months old at the start.");
            }
            if (request.workAreas() != null && !recommends(assessment, request.workAreas())) {
                throw ProblemException.rule("DC-15", "The assessment recommends the areas "
                        + assessment.recommendedAreas() + "; the placement's areas must be among them.");
            }
        }
        boolean freeSemiStationaryPlace = type != PlacementType.IVSE_B_SEMI_STATIONARY || placements
                .capacityForUpdate(type)
                .map(capacity -> placements.openOfType(type) < capacity.places())
                .orElse(false);
        List<ModuleBooking> modules = request.modules() == null ? List.of()
                : request.modules().stream().map(ModuleBookingDto::toBooking).toList();
        Circumstances circumstances = person.circumstances();
        PlacementCandidate candidate = new PlacementCandidate(type, request.startDate(), request.pensumPercent(),
                request.workAreas(), circumstances, person.ageOn(request.startDate()), assessed,
                freeSemiStationaryPlace, programme == null ? null : programme.type(), request.targetGroup(), modules,
                type == PlacementType.PASST_GENAU && placements.hadEntryPhase(person.id()));
        refuseIfAny(PlacementRules.check(candidate));
        if (type == PlacementType.PASST_GENAU && request.passtGenauProvider() == null) {
            throw ProblemException.rule("PG-05", "Name the cooperating provider the agreement is made with "
                    + "(passtGenauProvider).");
        }

        FinancingDecision decision = FinancingDetermination.determine(situation(type, person, programme));
        if (!decision.financeable()) {
            throw ProblemException.rule(decision.rule(), "No financing: " + decision.reason() + ".");
        }
        if (programme != null) {
            programme.occupyPlace();
        }
        Placement placement = Placement.create(person.id(),
                new PlacementCreated.Participant(person.officialName(), person.firstName()), candidate,
                Boolean.TRUE.equals(request.externalDayStructure()), request.programmeId(), request.assessmentId(),
                programmeTerms(programme), request.passtGenauProvider(), clock);
        placements.add(placement);
        FinancingInstrument instrument = FinancingInstrument.request(placement.id(), person.id(), type, decision,
                debtorName(decision, circumstances), placement.startDate(), clock);
        instruments.add(instrument);
        Agreement agreement = Agreement.draft(placement.id(), person.id(), partnerName(placement, programme, request),
                noticePeriod(type), config.collaborationRulesReference(), config.collaborationRulesVersion(), clock);
        agreements.add(agreement);
        outbox.publishAll(placement.releaseEvents());
        outbox.publishAll(instrument.releaseEvents());
        audit.record(AuditAction.CREATE, RESOURCE, placement.id(), person.id());
        return view(placement, instrument, agreement);
    }

    /** Starts a pending placement: financing granted and valid on the start date, agreement signed. */
    @Transactional
    public PlacementView activate(UUID id) {
        Placement placement = find(id);
        FinancingInstrument instrument = instruments.currentOf(id).orElse(null);
        Agreement agreement = agreements.ofPlacement(id).orElse(null);
        placement.activate(instrument != null && instrument.coversDay(placement.startDate()),
                financingRule(placement.type()), agreement != null && agreement.signed(), clock);
        outbox.publishAll(placement.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, id, placement.personId());
        return view(placement, instrument, agreement);
    }

    /** A mutation (DC-14): terms change with an effective date; financing is re-determined where it may change. */
    @Transactional
    public PlacementView change(UUID id, ChangePlacementRequest request) {
        Placement placement = find(id);
        PlacementType setting = request.setting() == null ? placement.type() : request.setting();
        boolean assessed = false;
        if (request.assessmentId() != null) {
            Assessment assessment = assessments.byId(request.assessmentId()).orElseThrow(
                    () -> ProblemException.invalidField("assessmentId", "no assessment with this id is recorded"));
            assessed = assessment.coversPlacementOf(placement.personId(), setting.name(), request.effectiveDate());
            if (!assessed) {
                throw ProblemException.rule("DC-15", "The assessment does not cover this change: it must be of this "
                        + "person, recommend " + setting.name() + " and be at most six months old on the effective date.");
            }
        }
        if (setting == PlacementType.IVSE_B_SEMI_STATIONARY && placement.type() != setting) {
            boolean free = placements.capacityForUpdate(setting)
                    .map(capacity -> placements.openOfType(setting) < capacity.places()).orElse(false);
            if (!free) {
                throw ProblemException.rule("DC-08", "No free semi-stationary day-center place: places are given by "
                        + "capacity and occupancy, without guarantee.");
            }
        }
        boolean termsChange = request.pensumPercent() != null || request.workAreas() != null
                || request.setting() != null || request.externalDayStructure() != null;
        if (!termsChange && !Boolean.TRUE.equals(request.redetermineFinancing())) {
            throw ProblemException.invalidField("effectiveDate", "name what changes: pensumPercent, workAreas, "
                    + "setting, externalDayStructure or redetermineFinancing");
        }
        if (request.workAreas() != null && request.assessmentId() != null) {
            Assessment assessment = assessments.byId(request.assessmentId()).orElseThrow();
            if (!recommends(assessment, request.workAreas())) {
                throw ProblemException.rule("DC-15", "The assessment recommends the areas "
                        + assessment.recommendedAreas() + "; the new areas must be among them.");
            }
        }
        List<MutationKind> changed = termsChange
                ? placement.amend(request.effectiveDate(), request.pensumPercent(), request.workAreas(),
                        request.setting(), request.externalDayStructure(), request.assessmentId(), assessed, clock)
                : placement.checkMutationDate(request.effectiveDate());
        FinancingInstrument current = instruments.currentOf(id).orElse(null);
        if (changed.contains(MutationKind.SETTING) || Boolean.TRUE.equals(request.redetermineFinancing())) {
            current = redetermineFinancing(placement, current, request.effectiveDate());
        }
        outbox.publishAll(placement.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, id, placement.personId());
        return view(placement, current, agreements.ofPlacement(id).orElse(null));
    }

    private FinancingInstrument redetermineFinancing(Placement placement, FinancingInstrument current,
                                                     LocalDate effectiveDate) {
        Person person = persons.byId(placement.personId()).orElseThrow();
        Programme programme = placement.programmeId() == null ? null
                : programmes.byId(placement.programmeId()).orElse(null);
        FinancingDecision decision = FinancingDetermination.determine(situation(placement.type(), person, programme));
        if (!decision.financeable()) {
            throw ProblemException.rule(decision.rule(), "No financing after this change: " + decision.reason() + ".");
        }
        String debtorName = debtorName(decision, person.circumstances());
        if (current != null && current.matches(decision) && java.util.Objects.equals(current.debtorName(), debtorName)) {
            return current;
        }
        FinancingInstrument next = FinancingInstrument.request(placement.id(), placement.personId(), placement.type(),
                decision, debtorName, effectiveDate, clock);
        instruments.replace(current, next, clock);
        if (current != null) {
            outbox.publishAll(current.releaseEvents());
        }
        placement.recordFinancingChange(effectiveDate, current == null ? null : current.kind() + " " + current.debtor(),
                next.kind() + " " + next.debtor(), clock);
        outbox.publishAll(next.releaseEvents());
        return next;
    }

    /** AM-03: the next stage of an AMI programme's course. */
    @Transactional
    public PlacementView recordCourseStage(UUID id, CourseStepRequest request) {
        Placement placement = find(id);
        placement.recordCourseStage(request.stage(), request.date(), request.note(), request.reportIssued(),
                request.participationConfirmationIssued(), request.workReferenceIssued(), request.followUp());
        audit.record(AuditAction.UPDATE, RESOURCE, id, placement.personId());
        return view(placement, instruments.currentOf(id).orElse(null), agreements.ofPlacement(id).orElse(null));
    }

    /** An exit (DC-13): notice given by a party keeps the agreement's notice period. */
    @Transactional
    public PlacementView exit(UUID id, ExitRequest request) {
        Placement placement = find(id);
        Agreement agreement = agreements.ofPlacement(id).orElse(null);
        LocalDate earliestEnd = request.noticeGivenOn() == null || agreement == null ? request.endDate()
                : agreement.noticePeriod().earliestEnd(request.noticeGivenOn());
        placement.exit(request.noticeGivenOn(), request.endDate(), request.reason(), request.note(), earliestEnd, clock);
        if (placement.programmeId() != null && placement.releaseProgrammePlaceIfDue(LocalDate.now(clock))) {
            programmes.byIdForUpdate(placement.programmeId()).ifPresent(Programme::releasePlace);
        }
        outbox.publishAll(placement.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, id, placement.personId());
        return view(placement, instruments.currentOf(id).orElse(null), agreement);
    }

    @Transactional
    public PlacementView get(UUID id) {
        Placement placement = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, placement.personId());
        return view(placement, instruments.currentOf(id).orElse(null), agreements.ofPlacement(id).orElse(null));
    }

    @Transactional
    public Page<PlacementView> ofPerson(UUID personId, PageQuery page) {
        if (persons.byId(personId).isEmpty()) {
            throw ProblemException.notFound("person", personId);
        }
        Page<Placement> found = placements.ofPerson(personId, page);
        List<UUID> ids = found.items().stream().map(Placement::id).toList();
        Map<UUID, FinancingInstrument> financing = instruments.currentOf(ids).stream()
                .collect(Collectors.toMap(FinancingInstrument::placementId, Function.identity(), (a, b) -> a));
        Map<UUID, Agreement> agreementsByPlacement = agreements.ofPlacements(ids).stream()
                .collect(Collectors.toMap(Agreement::placementId, Function.identity()));
        ids.forEach(id -> audit.record(AuditAction.READ, RESOURCE, id, personId));
        return found.map(p -> view(p, financing.get(p.id()), agreementsByPlacement.get(p.id())));
    }

    /**
     * Gives back the programme places of placements whose last day has passed (an exit with notice keeps the place
     * until then). Runs from {@link ProgrammePlaceRelease} and before a programme takes a new participant.
     */
    @Transactional
    public int releaseDueProgrammePlaces() {
        LocalDate today = LocalDate.now(clock);
        int released = 0;
        for (Placement placement : placements.withProgrammePlaceDue(today)) {
            if (placement.releaseProgrammePlaceIfDue(today)) {
                programmes.byIdForUpdate(placement.programmeId()).ifPresent(Programme::releasePlace);
                released++;
            }
        }
        return released;
    }

    // --- capacities (DC-08, DC-19) ---

    @Transactional
    public PlaceCapacityView setCapacity(PlacementType type, int places) {
        if (!type.isDayCenter()) {
            throw ProblemException.invalidField("type", "capacities are kept for the IVSE B day-center settings");
        }
        PlaceCapacity capacity = placements.capacityForUpdate(type).orElse(null);
        long taken = placements.openOfType(type);
        if (places < taken) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "The setting has " + taken
                    + " places taken; its capacity cannot be lower (DC-08).").withRule("DC-08")
                    .withErrors(List.of(new FieldError("places", "must be at least the " + taken + " places taken"))));
        }
        if (capacity == null) {
            capacity = new PlaceCapacity(type, places, java.time.OffsetDateTime.now(clock));
            placements.add(capacity);
        } else {
            capacity.set(places, java.time.OffsetDateTime.now(clock));
        }
        return new PlaceCapacityView(type, capacity.places(), placements.openOfType(type));
    }

    @Transactional
    public List<PlaceCapacityView> capacities() {
        List<PlaceCapacityView> views = new ArrayList<>();
        for (PlaceCapacity capacity : placements.capacities()) {
            views.add(new PlaceCapacityView(capacity.type(), capacity.places(), placements.openOfType(capacity.type())));
        }
        return views;
    }

    /** A setting's capacity and the places its open placements take. */
    public record PlaceCapacityView(PlacementType type, int places, long taken) {
    }

    // --- helpers ---

    private FinancingSituation situation(PlacementType type, Person person, Programme programme) {
        String institutionCanton = programme != null ? programme.providerCanton() : config.institution().canton();
        Circumstances c = person.circumstances();
        return new FinancingSituation(type, institutionCanton.equals(person.address().canton()), c.ivPension(),
                c.socialAssistance(), c.unemploymentInsurance());
    }

    /** DC-15: the areas are among those the assessment recommends (names compared without case). */
    private static boolean recommends(Assessment assessment, List<String> areas) {
        java.util.Set<String> recommended = assessment.recommendedAreas().stream()
                .map(a -> a.strip().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        return areas.stream().allMatch(a -> recommended.contains(a.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    private static String debtorName(FinancingDecision decision, Circumstances circumstances) {
        return decision.debtor() == Debtor.SOCIAL_OFFICE ? circumstances.responsibleSocialOffice() : null;
    }

    /** AM-01, AM-07: the programme's provider, type and tariffs as billing reads them from PlacementCreated. */
    private static PlacementCreated.ProgrammeTerms programmeTerms(Programme programme) {
        if (programme == null) {
            return null;
        }
        ch.so.integration.intake.programme.Tariffs tariffs = programme.tariffs();
        return new PlacementCreated.ProgrammeTerms(programme.providerId(), programme.providerName(),
                programme.type().name(), tariffs.perDay(), tariffs.perCoachingHour(), tariffs.perHourWorked());
    }

    private String partnerName(Placement placement, Programme programme, CreatePlacementRequest request) {
        return switch (placement.type()) {
            case AMI_PROGRAMME -> programme.providerName();
            case PASST_GENAU -> request.passtGenauProvider().label();
            default -> config.institution().name();
        };
    }

    private NoticePeriod noticePeriod(PlacementType type) {
        IntakeConfig.Notice notice = config.noticePeriods().get(type.name());
        return notice == null ? new NoticePeriod(0, 0, false)
                : new NoticePeriod(notice.months(), notice.days(), notice.toMonthEnd());
    }

    private static String financingRule(PlacementType type) {
        return switch (type) {
            case AMI_PROGRAMME -> "AM-05";
            case PASST_GENAU -> "PG-05";
            default -> "DC-14";
        };
    }

    private static void refuseIfAny(List<Refusal> refusals) {
        if (refusals.isEmpty()) {
            return;
        }
        Refusal first = refusals.getFirst();
        Problem problem = Problem.of(ProblemType.RULE_VIOLATION, first.message() + " (" + first.rule() + ")")
                .withRule(first.rule())
                .withErrors(refusals.stream().map(r -> new FieldError(
                        r.field() == null ? "type" : r.field(), r.message() + " (" + r.rule() + ")")).toList());
        throw new ProblemException(problem);
    }

    private Placement find(UUID id) {
        return placements.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    /**
     * The placement as the reader may see it: financing, target group, modules and financing mutations only for
     * intake, billing and admin (they reveal benefits and health); the day-center staff see the terms they work with.
     */
    private PlacementView view(Placement placement, FinancingInstrument instrument, Agreement agreement) {
        ch.so.integration.platform.security.Actor actor = actors.current();
        boolean full = actor.system() || actor.hasRole(ch.so.integration.platform.auth.Roles.INTAKE)
                || actor.hasRole(ch.so.integration.platform.auth.Roles.BILLING)
                || actor.hasRole(ch.so.integration.platform.auth.Roles.ADMIN);
        PlacementView view = fullView(placement, instrument, agreement);
        return full ? view : view.forDayCenterStaff();
    }

    private static PlacementView fullView(Placement placement, FinancingInstrument instrument, Agreement agreement) {
        return PlacementView.of(placement,
                instrument == null ? null : new PlacementView.FinancingSummary(instrument.id(),
                        instrument.kind().name(), instrument.debtor().name(), instrument.debtorName(),
                        instrument.participantSharePercent(), instrument.status().name(), instrument.rule(),
                        instrument.reason()),
                agreement == null ? null : new PlacementView.AgreementSummary(agreement.id(),
                        agreement.status().name(), agreement.noticePeriod().text()));
    }
}
