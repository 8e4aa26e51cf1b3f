package ch.so.integration.daycenter.monthclose;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.area.WorkArea;
import ch.so.integration.daycenter.area.WorkAreas;
import ch.so.integration.daycenter.attendance.AttendanceService;
import ch.so.integration.daycenter.attendance.MonthFigures;
import ch.so.integration.daycenter.attendance.api.DayView;
import ch.so.integration.daycenter.attendance.api.RecordDayRequest;
import ch.so.integration.daycenter.ibb.IbbClassifications;
import ch.so.integration.daycenter.monthclose.api.CorrectionRequest;
import ch.so.integration.daycenter.monthclose.api.LineView;
import ch.so.integration.daycenter.monthclose.api.MonthCloseView;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.Places;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * Closes a month: freezes its attendance and publishes one AttendanceMonthClosed per participant holding the place
 * in the month, through the outbox in the same transaction. Corrections after close are traced and published.
 */
@ApplicationScoped
public class MonthCloseService {

    static final String RESOURCE = "attendance-month";

    private final MonthCloses closes;
    private final AttendanceService attendance;
    private final IbbClassifications ibb;
    private final AreaCompensations compensations;
    private final WorkAreas workAreas;
    private final Places places;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Actors actors;
    private final Clock clock;
    private final Idempotency idempotency;

    MonthCloseService(MonthCloses closes, AttendanceService attendance, IbbClassifications ibb,
                      AreaCompensations compensations, WorkAreas workAreas, Places places, Outbox outbox,
                      AuditLog audit, Actors actors, Idempotency idempotency, Clock clock) {
        this.idempotency = idempotency;
        this.closes = closes;
        this.attendance = attendance;
        this.ibb = ibb;
        this.compensations = compensations;
        this.workAreas = workAreas;
        this.places = places;
        this.outbox = outbox;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public MonthCloseView close(YearMonth month, PageQuery page) {
        if (closes.of(month).isPresent()) {
            throw ProblemException.conflict("Month " + month + " is already closed.");
        }
        if (!month.isBefore(YearMonth.now(clock))) {
            throw ProblemException.conflict("Month " + month + " has not ended yet; it can be closed from "
                    + month.plusMonths(1).atDay(1) + ".");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        closes.add(new MonthClose(month.toString(), now, actors.current().name()));
        attendance.freeze(month);
        // a fixed number of queries, whatever the number of places: the places with their areas, all work areas
        // (with their closures, batch-fetched), the month's attendance of all places, the IBB levels at month end
        List<Place> held = closes.placesHeldIn(month);
        Function<String, Optional<WorkArea>> areaByName = allAreasByName();
        Map<UUID, MonthFigures> allFigures = attendance.figures(held, month, areaByName);
        Map<UUID, LocalDate> ends = new HashMap<>();
        held.forEach(place -> ends.put(place.placementId(), endOf(place, month)));
        Map<UUID, Integer> levels = ibb.levelsOn(ends);
        for (Place place : held) {
            MonthFigures figures = allFigures.get(place.placementId());
            List<String> areasThen = place.workAreasOn(ends.get(place.placementId()));
            MonthCloseLine line = MonthCloseLine.close(month.toString(), place.placementId(), place.personId(),
                    place.participantOfficialName(), place.participantFirstName(), areasThen, figures,
                    levels.get(place.placementId()),
                    MotivationCompensation.of(figures.daysWorked(), areasThen,
                            name -> WorkAreaCompensations.of(areaByName.apply(name))));
            closes.add(line);
            outbox.publishAll(line.releaseEvents());
            audit.record(AuditAction.CREATE, RESOURCE, place.placementId(), place.personId());
        }
        return view(month, page);
    }

    /**
     * A correction of a closed month: traced and published, never silent. A retry with the same Idempotency-Key
     * returns the first result and publishes nothing again.
     */
    @Transactional
    public Idempotency.Result<LineView> correct(YearMonth month, CorrectionRequest request, String idempotencyKey) {
        return idempotency.once("day-center.correct-month", idempotencyKey, new KeyedCorrection(month.toString(), request),
                LineView.class, () -> {
                    LineView corrected = doCorrect(month, request);
                    return new Idempotency.Result<>(corrected.placementId().toString(), corrected, false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.body().placementId(),
                        replay.body().personId()));
    }

    private record KeyedCorrection(String month, CorrectionRequest request) {
    }

    private LineView doCorrect(YearMonth month, CorrectionRequest request) {
        if (closes.of(month).isEmpty()) {
            throw ProblemException.conflict("Month " + month + " is not closed: record the day directly.");
        }
        if (!YearMonth.from(request.date()).equals(month)) {
            throw ProblemException.invalidField("date", "must lie in " + month);
        }
        Place place = places.byPlacementId(request.placementId())
                .orElseThrow(() -> ProblemException.notFound("place", request.placementId()));
        MonthCloseLine line = closes.line(month, place.placementId())
                .orElseThrow(() -> ProblemException.notFound("month-close line for placement", place.placementId()));
        DayView before = attendance.dayOf(place.placementId(), request.date());
        DayView after = attendance.correct(place, request.date(), new RecordDayRequest(request.hours(), request.absence()),
                request.reason());
        OffsetDateTime now = OffsetDateTime.now(clock);
        closes.add(new MonthCorrection(month.toString(), place.placementId(), request.date(),
                before == null ? null : before.kind().name(), before == null ? null : before.hours(),
                after.kind().name(), after.hours(), request.reason(), actors.current().name(), now));
        MonthFigures figures = attendance.figures(place, month);
        line.correct(figures, ibbAtEnd(place, month), award(line.workAreas(), figures), request.date(),
                request.reason(), now);
        outbox.publishAll(line.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, place.placementId(), place.personId());
        return view(line);
    }

    @Transactional
    public MonthCloseView get(YearMonth month, PageQuery page) {
        return view(month, page);
    }

    /** DC-06 cash payout list: semicolon-separated, UTF-8 with BOM, an empty column for the receipt signature. */
    @Transactional
    public byte[] payoutCsv(YearMonth month) {
        MonthClose close = closes.of(month).orElseThrow(() -> ProblemException.notFound("month close", month));
        List<MonthCloseLine> lines = closes.payable(month);
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("Monat;Name;Vorname;Bereich;Betrag CHF;Unterschrift Empfang\r\n");
        for (MonthCloseLine line : lines) {
            csv.append(String.join(";", Csv.cell(close.month()), Csv.cell(line.officialName()),
                    Csv.cell(line.firstName()), Csv.cell(line.motivationCompensationArea()),
                    line.motivationCompensation().toPlainString(), "")).append("\r\n");
            audit.record(AuditAction.READ, RESOURCE, line.placementId(), line.personId());
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** DC-06 the same list as PDF, with a signature field per line. */
    @Transactional
    public byte[] payoutPdf(YearMonth month) {
        MonthClose close = closes.of(month).orElseThrow(() -> ProblemException.notFound("month close", month));
        List<MonthCloseLine> lines = closes.payable(month);
        lines.forEach(l -> audit.record(AuditAction.READ, RESOURCE, l.placementId(), l.personId()));
        return PayoutPdf.render(close.month(), lines.stream().map(l -> new PayoutPdf.Row(l.officialName(),
                l.firstName(), l.motivationCompensationArea(), l.motivationCompensation())).toList());
    }

    private Integer ibbAtEnd(Place place, YearMonth month) {
        return ibb.levelOn(place.placementId(), endOf(place, month)).orElse(null);
    }

    /** The month's last day the place is held: the IBB level of that day goes on the line (DC-16). */
    private static LocalDate endOf(Place place, YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        if (place.endDate() != null && place.endDate().isBefore(end)) {
            end = place.endDate();
        }
        return end;
    }

    /** All work areas, loaded once, looked up by name ignoring case as {@link WorkAreas#byName} does. */
    private Function<String, Optional<WorkArea>> allAreasByName() {
        Map<String, WorkArea> byKey = new HashMap<>();
        workAreas.all().forEach(area -> byKey.put(key(area.name()), area));
        return name -> name == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(name)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private MotivationCompensation.Award award(List<String> areas, MonthFigures figures) {
        return MotivationCompensation.of(figures.daysWorked(), areas, compensations::monthlyCompensation);
    }

    private MonthCloseView view(YearMonth month, PageQuery page) {
        MonthClose close = closes.of(month).orElseThrow(() -> ProblemException.notFound("month close", month));
        Page<MonthCloseLine> lines = closes.lines(month, page);
        for (MonthCloseLine line : lines.items()) {
            audit.record(AuditAction.READ, RESOURCE, line.placementId(), line.personId());
        }
        return new MonthCloseView(close.month(), close.closedAt(), close.closedBy(), lines.map(MonthCloseService::view));
    }

    static LineView view(MonthCloseLine l) {
        AttendanceMonthClosed.Absences a = l.absences();
        return new LineView(l.placementId(), l.personId(), l.officialName(), l.firstName(), l.daysWorked(),
                l.hoursWorked(), new LineView.Absences(a.absent(), a.unexcused(), a.excused(), a.sick()),
                l.vacationDays(), l.plannedPensumPercent(), l.actualPensumPercent(), l.ibbLevel(), l.workAreas(),
                l.motivationCompensation(), l.motivationCompensationArea(), l.correctedAt());
    }
}
