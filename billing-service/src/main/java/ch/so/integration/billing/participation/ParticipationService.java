package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.creditor.CreditorAccount;
import ch.so.integration.billing.participation.api.ParticipationView;
import ch.so.integration.billing.participation.api.ScheduleRequest;
import ch.so.integration.billing.participation.api.WaiverApplicationRequest;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.WaiverApplication;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.events.UnprocessableEventException;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * Keeps billing's participations from intake's and the day center's events (in the consumer's transaction, once per
 * event) and serves them; records the AMI schedule and the AM-06 waiver application. Every read and write of a
 * participant's data is audited (the participant's person id as subject); names are never logged.
 */
@ApplicationScoped
public class ParticipationService {

    static final String RESOURCE = "participation";

    private final Participations participations;
    private final CreditorResolver creditors;
    private final AuditLog audit;
    private final Actors actors;
    private final Clock clock;

    ParticipationService(Participations participations, CreditorResolver creditors, AuditLog audit, Actors actors,
                         Clock clock) {
        this.participations = participations;
        this.creditors = creditors;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    // --- from intake.placement ---

    /** PlacementCreated: a pending participation (a re-sent event under a new id changes nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void open(Participation participation) {
        if (participations.byId(participation.id()).isPresent()) {
            return;
        }
        participations.add(participation);
        audit.record(AuditAction.RECEIVE, RESOURCE, participation.id(), participation.personId());
    }

    /** PlacementActivated: the entry date is the start date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void activate(UUID placementId, LocalDate startDate) {
        Participation p = existing(placementId);
        p.activate(startDate, now());
        audit.record(AuditAction.RECEIVE, RESOURCE, p.id(), p.personId());
    }

    /** PlacementChanged (DC-14): the terms after the mutation from its effective date. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void change(UUID placementId, LocalDate effectiveDate, String placementType, Integer pensumPercent,
                       Integer billingBasisPensumPercent) {
        Participation p = existing(placementId);
        p.change(effectiveDate, placementType, pensumPercent, billingBasisPensumPercent, now());
        audit.record(AuditAction.RECEIVE, RESOURCE, p.id(), p.personId());
    }

    /** PlacementEnded: the exit day; cancelled before the start means never billed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(UUID placementId, LocalDate lastDay, boolean cancelledBeforeStart, String reason) {
        Participation p = existing(placementId);
        p.end(lastDay, cancelledBeforeStart, reason, now());
        audit.record(AuditAction.RECEIVE, RESOURCE, p.id(), p.personId());
    }

    // --- from intake.financing-instrument ---

    @Transactional(Transactional.TxType.MANDATORY)
    public void instrumentRequested(UUID instrumentId, UUID placementId, UUID personId, InstrumentKind kind,
                                    DebtorKind debtor, String debtorName, LocalDate neededFrom) {
        Optional<Instrument> known = participations.instrument(instrumentId);
        if (known.isPresent()) {
            known.get().rerequest(kind, debtor, debtorName, neededFrom, now());
        } else {
            participations.add(Instrument.requested(instrumentId, placementId, personId, kind, debtor, debtorName,
                    neededFrom, now()));
        }
        audit.record(AuditAction.RECEIVE, "financing-instrument", instrumentId, personId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void instrumentGranted(UUID instrumentId, UUID placementId, UUID personId, InstrumentKind kind,
                                  DebtorKind debtor, String debtorName, String number, String issuer,
                                  LocalDate validFrom, LocalDate validTo, BigDecimal amountLimit) {
        Instrument instrument = participations.instrument(instrumentId).orElseGet(() -> {
            Instrument created = Instrument.requested(instrumentId, placementId, personId, kind, debtor, debtorName,
                    validFrom, now());
            participations.add(created);
            return created;
        });
        instrument.grant(kind, debtor, debtorName, number, issuer, validFrom, validTo, amountLimit, now());
        audit.record(AuditAction.RECEIVE, "financing-instrument", instrumentId, personId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void instrumentRefused(UUID instrumentId, UUID placementId, UUID personId, InstrumentKind kind) {
        Instrument instrument = participations.instrument(instrumentId).orElseGet(() -> {
            Instrument created = Instrument.requested(instrumentId, placementId, personId, kind, null, null, null,
                    now());
            participations.add(created);
            return created;
        });
        instrument.refuse(now());
        audit.record(AuditAction.RECEIVE, "financing-instrument", instrumentId, personId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void instrumentSuperseded(UUID instrumentId, UUID placementId, UUID personId, InstrumentKind kind,
                                     LocalDate effectiveDate, UUID successor) {
        Instrument instrument = participations.instrument(instrumentId).orElseGet(() -> {
            Instrument created = Instrument.requested(instrumentId, placementId, personId, kind, null, null, null,
                    now());
            participations.add(created);
            return created;
        });
        instrument.supersede(effectiveDate, successor, now());
        audit.record(AuditAction.RECEIVE, "financing-instrument", instrumentId, personId);
    }

    // --- from day-center.attendance-month ---

    /**
     * AttendanceMonthClosed / AttendanceMonthCorrected: the month's figures; a correction (or a repeated close)
     * replaces them and counts up the revision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dayCenterMonth(UUID placementId, UUID personId, YearMonth month, DayCenterMonth.Figures figures,
                               LocalDate correctedDate, UUID eventId) {
        Optional<DayCenterMonth> known = participations.dayCenterMonth(placementId, month);
        if (known.isPresent()) {
            known.get().replace(figures, correctedDate, eventId, now());
        } else {
            participations.add(DayCenterMonth.closed(placementId, month, figures, eventId, now()));
        }
        audit.record(AuditAction.RECEIVE, "day-center-month", placementId, personId);
    }

    // --- REST ---

    /** AM-07: the agreed schedule of an AMI participation (billing, admin, or the partner whose creditor bills it). */
    @Transactional
    public ParticipationView schedule(UUID id, ScheduleRequest request) {
        Participation p = visible(id);
        if (p.kind() != ParticipationKind.AMI_PROGRAMME) {
            throw ProblemException.rule("AM-07", "A schedule (days per week, hours per day) belongs to AMI programme "
                    + "participations; this one is " + p.kind() + ".");
        }
        p.schedule(request.daysPerWeek(), request.hoursPerDay(), now());
        audit.record(AuditAction.UPDATE, RESOURCE, p.id(), p.personId());
        return view(p, detailed());
    }

    /** AM-06: the participant's waiver application (billing, admin). */
    @Transactional
    public ParticipationView applyForWaiver(UUID id, WaiverApplicationRequest request) {
        Participation p = visible(id);
        if (p.kind() != ParticipationKind.AMI_PROGRAMME) {
            throw ProblemException.rule("AM-06", "A waiver of the rest is applied for on AMI programme "
                    + "participations; this one is " + p.kind() + ".");
        }
        WaiverApplication application;
        try {
            application = new WaiverApplication(request.residenceCanton(), request.permit(), request.cashBenefits(),
                    request.householdSize(), request.monthlyHouseholdIncome(), request.householdAssets());
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("The waiver application is incomplete: " + e.getMessage());
        }
        p.applyForWaiver(application, now());
        audit.record(AuditAction.UPDATE, RESOURCE, p.id(), p.personId());
        return view(p, true);
    }

    @Transactional
    public ParticipationView get(UUID id) {
        Participation p = visible(id);
        audit.record(AuditAction.READ, RESOURCE, p.id(), p.personId());
        return view(p, detailed());
    }

    /** Billing and admin see all; a partner only its creditors' participations. */
    @Transactional
    public Page<ParticipationView> list(UUID creditorId, YearMonth month, PageQuery page) {
        Participations.Scope scope = null;
        Actor actor = actors.current();
        Set<UUID> allowed = null;
        if (!privileged(actor)) {
            allowed = partnerCreditors(actor);
        }
        if (creditorId != null) {
            if (allowed != null && !allowed.contains(creditorId)) {
                return Page.of(List.of(), page, 0);
            }
            allowed = Set.of(creditorId);
        }
        if (allowed != null) {
            scope = creditors.scopeOf(allowed, participations);
        }
        Page<Participation> found = participations.page(scope, month, page);
        CreditorResolver.Lookup lookup = creditors.lookup();
        for (Participation p : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, p.id(), p.personId());
        }
        return found.map(p -> view(p, lookup.idOf(p).orElse(null), false));
    }

    // --- helpers ---

    /** The participation, if the caller may see it: billing and admin all, a partner only its creditors'. */
    private Participation visible(UUID id) {
        Participation p = participations.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        Actor actor = actors.current();
        if (!privileged(actor)) {
            Optional<UUID> creditor = creditors.lookup().idOf(p);
            if (creditor.isEmpty() || !partnerCreditors(actor).contains(creditor.get())) {
                throw ProblemException.notFound(RESOURCE, id);
            }
        }
        return p;
    }

    private boolean detailed() {
        return privileged(actors.current());
    }

    private static boolean privileged(Actor actor) {
        return actor.hasRole(Roles.BILLING) || actor.hasRole(Roles.ADMIN);
    }

    /** A partner acts for the creditors that name its token's institution; a token without one is refused. */
    private Set<UUID> partnerCreditors(Actor actor) {
        String institution = actor.institution().filter(i -> !i.isBlank()).orElseThrow(() ->
                ProblemException.forbidden("A partner token must name its institution to act for a provider."));
        return creditors.byInstitution(institution).stream().map(CreditorAccount::id).collect(Collectors.toSet());
    }

    private ParticipationView view(Participation p, boolean detailed) {
        return view(p, creditors.lookup().idOf(p).orElse(null), detailed);
    }

    private ParticipationView view(Participation p, UUID creditorId, boolean detailed) {
        return Views.of(p, creditorId, detailed ? participations.instrumentsOf(p.id()) : null,
                detailed ? participations.dayCenterMonthsOf(p.id()) : null, detailed);
    }

    private Participation existing(UUID placementId) {
        return participations.byId(placementId).orElseThrow(() -> new UnprocessableEventException(
                "placement " + placementId + " has no participation: its PlacementCreated never arrived"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
