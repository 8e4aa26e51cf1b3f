package ch.so.integration.daycenter.attendance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.area.WorkArea;
import ch.so.integration.daycenter.area.WorkAreas;
import ch.so.integration.daycenter.attendance.api.DayView;
import ch.so.integration.daycenter.attendance.api.EntitlementRequest;
import ch.so.integration.daycenter.attendance.api.MonthView;
import ch.so.integration.daycenter.attendance.api.PensumView;
import ch.so.integration.daycenter.attendance.api.RecordDayRequest;
import ch.so.integration.daycenter.attendance.api.VacationBalanceView;
import ch.so.integration.daycenter.attendance.api.VacationRequest;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.Places;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/** Records attendance (DC-01, DC-03), vacation weeks and their balance, and computes the Pensum (DC-05). */
@ApplicationScoped
public class AttendanceService {

    static final String RESOURCE = "attendance";

    private final Attendances attendances;
    private final Places places;
    private final WorkAreas workAreas;
    private final AuditLog audit;
    private final Actors actors;
    private final Clock clock;

    AttendanceService(Attendances attendances, Places places, WorkAreas workAreas, AuditLog audit, Actors actors,
                      Clock clock) {
        this.attendances = attendances;
        this.places = places;
        this.workAreas = workAreas;
        this.audit = audit;
        this.actors = actors;
        this.clock = clock;
    }

    @Transactional
    public DayView record(UUID placementId, LocalDate date, RecordDayRequest request) {
        Place place = place(placementId);
        AttendanceKind absence = checked(request);
        checkDay(place, date);
        refuseFrozen(YearMonth.from(date));
        AttendanceDay day = attendances.on(placementId, date).orElse(null);
        if (day != null && day.kind() == AttendanceKind.VACATION) {
            throw ProblemException.rule("DC-03",
                    "The day is part of a vacation week; vacation is taken in whole weeks only.");
        }
        if (day == null) {
            day = AttendanceDay.of(placementId, date);
            day.set(request.hours(), absence, OffsetDateTime.now(clock), actors.current().name());
            attendances.add(day);
        } else {
            day.set(request.hours(), absence, OffsetDateTime.now(clock), actors.current().name());
        }
        audit.record(AuditAction.UPDATE, RESOURCE, placementId, place.personId());
        return view(day);
    }

    @Transactional
    public MonthView month(UUID placementId, YearMonth month) {
        Place place = place(placementId);
        audit.record(AuditAction.READ, RESOURCE, placementId, place.personId());
        return new MonthView(placementId, month.toString(), attendances.isFrozen(month),
                attendances.inMonth(placementId, month).stream().map(AttendanceService::view).toList());
    }

    @Transactional
    public VacationBalanceView takeVacation(UUID placementId, VacationRequest request) {
        Place place = place(placementId);
        LocalDate monday = request.fromMonday();
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ProblemException.rule("DC-03", "Vacation is taken in whole weeks, Monday to Friday: fromMonday must be a Monday.");
        }
        for (int w = 0; w < request.weeks(); w++) {
            for (int d = 0; d < 5; d++) {
                LocalDate day = monday.plusWeeks(w).plusDays(d);
                checkDay(place, day);
                refuseFrozen(YearMonth.from(day));
                if (attendances.on(placementId, day).isPresent()) {
                    throw ProblemException.conflict("Attendance is already recorded on " + day + ".");
                }
            }
        }
        Map<Integer, Integer> weeksPerYear = new HashMap<>();
        for (int w = 0; w < request.weeks(); w++) {
            weeksPerYear.merge(monday.plusWeeks(w).getYear(), 1, Integer::sum);
        }
        weeksPerYear.forEach((year, weeks) -> {
            VacationBalanceView balance = balanceOf(placementId, year);
            if (balance.takenWeeks() + weeks > balance.entitlementWeeks()) {
                throw ProblemException.rule("DC-03", "Only " + balance.remainingWeeks() + " of "
                        + balance.entitlementWeeks() + " vacation weeks are left in " + year + ".");
            }
        });
        OffsetDateTime now = OffsetDateTime.now(clock);
        String actor = actors.current().name();
        for (int w = 0; w < request.weeks(); w++) {
            for (int d = 0; d < 5; d++) {
                AttendanceDay day = AttendanceDay.of(placementId, monday.plusWeeks(w).plusDays(d));
                day.set(null, AttendanceKind.VACATION, now, actor);
                attendances.add(day);
            }
        }
        audit.record(AuditAction.UPDATE, RESOURCE, placementId, place.personId());
        return balanceOf(placementId, monday.getYear());
    }

    /** Cancels one whole vacation week (its month still open); the days become free again. */
    @Transactional
    public VacationBalanceView cancelVacation(UUID placementId, LocalDate monday) {
        Place place = place(placementId);
        List<AttendanceDay> week = attendances.between(placementId, monday, monday.plusDays(4)).stream()
                .filter(d -> d.kind() == AttendanceKind.VACATION).toList();
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY || week.isEmpty()) {
            throw ProblemException.notFound("vacation week of placement " + placementId + " from", monday);
        }
        week.forEach(d -> refuseFrozen(YearMonth.from(d.day())));
        week.forEach(attendances::remove);
        audit.record(AuditAction.UPDATE, RESOURCE, placementId, place.personId());
        return balanceOf(placementId, monday.getYear());
    }

    @Transactional
    public VacationBalanceView balance(UUID placementId, int year) {
        Place place = place(placementId);
        audit.record(AuditAction.READ, RESOURCE, placementId, place.personId());
        return balanceOf(placementId, year);
    }

    @Transactional
    public VacationBalanceView grantEntitlement(UUID placementId, int year, EntitlementRequest request) {
        Place place = place(placementId);
        VacationEntitlement entitlement = attendances.entitlement(placementId, year).orElse(null);
        if (entitlement == null) {
            entitlement = new VacationEntitlement(placementId, year);
            entitlement.grant(request.weeks(), actors.current().name(), OffsetDateTime.now(clock));
            attendances.add(entitlement);
        } else {
            entitlement.grant(request.weeks(), actors.current().name(), OffsetDateTime.now(clock));
        }
        VacationBalanceView balance = balanceOf(placementId, year);
        if (balance.takenWeeks() > balance.entitlementWeeks()) {
            throw ProblemException.rule("DC-03", "More weeks are already taken in " + year + ".");
        }
        audit.record(AuditAction.UPDATE, RESOURCE, placementId, place.personId());
        return balance;
    }

    @Transactional
    public PensumView pensum(UUID placementId, YearMonth month) {
        Place place = place(placementId);
        audit.record(AuditAction.READ, RESOURCE, placementId, place.personId());
        Pensum.Month pensum = pensumOf(place, month, attendances.inMonth(placementId, month), workAreas::byName);
        return new PensumView(placementId, month.toString(), place.pensumOn(lastHeldDay(place, month)),
                pensum.exactPercent(),
                pensum.billingPercent(), pensum.countedWorkdays(), pensum.dayPercentSum(),
                pensum.weeks().stream().map(w -> new PensumView.WeekView(w.monday(), w.percent())).toList());
    }

    /** Month close: freezes the month's attendance. Runs in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void freeze(YearMonth month) {
        attendances.lockMonth(month, true);
        if (attendances.isFrozen(month)) {
            throw ProblemException.conflict("Month " + month + " is already closed.");
        }
        attendances.add(new FrozenMonth(month.toString(), OffsetDateTime.now(clock)));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isFrozen(YearMonth month) {
        return attendances.isFrozen(month);
    }

    /** A participant's figures of a month (no audit record: the caller audits). */
    @Transactional(Transactional.TxType.MANDATORY)
    public MonthFigures figures(Place place, YearMonth month) {
        return figuresOf(place, month, attendances.inMonth(place.placementId(), month), workAreas::byName);
    }

    /**
     * The figures of many places at once (month close): the month's attendance of all places in one query; the
     * work areas are looked up by name through {@code areaByName} (e.g. all areas loaded once). By placement id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<UUID, MonthFigures> figures(List<Place> places, YearMonth month,
                                           Function<String, Optional<WorkArea>> areaByName) {
        Map<UUID, List<AttendanceDay>> days = attendances.inMonthByPlacement(month);
        Map<UUID, MonthFigures> figures = new HashMap<>();
        for (Place place : places) {
            figures.put(place.placementId(),
                    figuresOf(place, month, days.getOrDefault(place.placementId(), List.of()), areaByName));
        }
        return figures;
    }

    private static MonthFigures figuresOf(Place place, YearMonth month, List<AttendanceDay> days,
                                          Function<String, Optional<WorkArea>> areaByName) {
        int worked = 0;
        int absent = 0;
        int unexcused = 0;
        int excused = 0;
        int sick = 0;
        int vacation = 0;
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        for (AttendanceDay day : days) {
            switch (day.kind()) {
                case WORKED -> {
                    worked++;
                    hours = hours.add(day.hours());
                }
                case ABSENT -> absent++;
                case UNEXCUSED -> unexcused++;
                case EXCUSED -> excused++;
                case SICK -> sick++;
                case VACATION -> vacation++;
            }
        }
        return new MonthFigures(worked, hours, absent, unexcused, excused, sick, vacation,
                place.pensumOn(lastHeldDay(place, month)),
                pensumOf(place, month, days, areaByName).billingPercent());
    }

    /**
     * A traced correction of a day in a closed month (hours, or an absence kind; never vacation). The caller
     * (month close) keeps the trace and publishes the corrected figures.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public DayView correct(Place place, LocalDate date, RecordDayRequest request, String reason) {
        AttendanceKind absence = checked(request);
        checkDay(place, date);
        if (!attendances.isFrozen(YearMonth.from(date))) {
            throw ProblemException.conflict("Month " + YearMonth.from(date) + " is not closed: record the day directly.");
        }
        AttendanceDay day = attendances.on(place.placementId(), date).orElse(null);
        if (day != null && day.kind() == AttendanceKind.VACATION) {
            throw ProblemException.rule("DC-03", "The day is part of a vacation week; vacation is taken in whole weeks only.");
        }
        if (day == null) {
            day = AttendanceDay.of(place.placementId(), date);
            day.correct(request.hours(), absence, reason, OffsetDateTime.now(clock), actors.current().name());
            attendances.add(day);
        } else {
            day.correct(request.hours(), absence, reason, OffsetDateTime.now(clock), actors.current().name());
        }
        return view(day);
    }

    /** The previous state of a day, for a correction's trace; null when nothing was recorded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public DayView dayOf(UUID placementId, LocalDate date) {
        return attendances.on(placementId, date).map(AttendanceService::view).orElse(null);
    }

    /** DC-05 from the month's days of the place; the place's areas are looked up once, not per day. */
    private static Pensum.Month pensumOf(Place place, YearMonth month, List<AttendanceDay> days,
                                         Function<String, Optional<WorkArea>> areaByName) {
        Map<LocalDate, BigDecimal> hours = new HashMap<>();
        Set<LocalDate> vacation = new HashSet<>();
        for (AttendanceDay day : days) {
            if (day.kind() == AttendanceKind.WORKED) {
                hours.put(day.day(), day.hours());
            } else if (day.kind() == AttendanceKind.VACATION) {
                vacation.add(day.day());
            }
        }
        return Pensum.ofMonth(month, place::holdsPlaceOn, hours, vacation, allAreasClosed(place, areaByName));
    }

    /**
     * The days on which all of the place's work areas (those valid on the day) are closed; an area not in the
     * catalogue counts as open, and a place without areas has no closed days.
     */
    private static Predicate<LocalDate> allAreasClosed(Place place, Function<String, Optional<WorkArea>> areaByName) {
        Map<String, Optional<WorkArea>> known = new java.util.HashMap<>();
        return day -> {
            List<String> names = place.workAreasOn(day);
            return !names.isEmpty() && names.stream().allMatch(name -> known
                    .computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT), n -> areaByName.apply(name))
                    .map(area -> area.isClosedOn(day)).orElse(false));
        };
    }

    /** The last day of a month the place is held (its terms then are the month's planned terms). */
    private static LocalDate lastHeldDay(Place place, YearMonth month) {
        LocalDate last = month.atEndOfMonth();
        if (place.endDate() != null && place.endDate().isBefore(last)) {
            last = place.endDate();
        }
        return last.isBefore(place.startDate()) ? place.startDate() : last;
    }

    private VacationBalanceView balanceOf(UUID placementId, int year) {
        VacationEntitlement override = attendances.entitlement(placementId, year).orElse(null);
        int entitlement = override == null ? VacationEntitlement.DEFAULT_WEEKS : override.weeks();
        List<LocalDate> mondays = attendances.between(placementId, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 4))
                .stream().filter(d -> d.kind() == AttendanceKind.VACATION)
                .map(d -> d.day().with(DayOfWeek.MONDAY))
                .filter(m -> m.getYear() == year)
                .distinct().sorted().toList();
        return new VacationBalanceView(placementId, year, entitlement, override != null, mondays.size(),
                Math.max(0, entitlement - mondays.size()), mondays);
    }

    private static AttendanceKind checked(RecordDayRequest request) {
        if (request == null || (request.hours() == null) == (request.absence() == null)) {
            throw ProblemException.invalidField("hours", "give either hours or absence, not both or neither");
        }
        if (request.absence() != null && !request.absence().isAbsence()) {
            throw ProblemException.rule("DC-03", request.absence() == AttendanceKind.VACATION
                    ? "A single day off is not vacation: record it as ABSENT, UNEXCUSED, EXCUSED or SICK, or take whole vacation weeks."
                    : "absence must be ABSENT, UNEXCUSED, EXCUSED or SICK.");
        }
        return request.absence();
    }

    private static void checkDay(Place place, LocalDate date) {
        if (!Workdays.isWorkday(date)) {
            throw ProblemException.rule("DC-01", "The day center is open Monday to Friday; " + date + " is a "
                    + date.getDayOfWeek() + ".");
        }
        if (!place.holdsPlaceOn(date)) {
            throw ProblemException.conflict("The participant does not hold the place on " + date + ".");
        }
    }

    private void refuseFrozen(YearMonth month) {
        attendances.lockMonth(month, false);
        if (attendances.isFrozen(month)) {
            throw ProblemException.conflict("Month " + month + " is closed; corrections go through "
                    + "POST /month-closes/" + month + "/corrections.");
        }
    }

    private Place place(UUID placementId) {
        return places.byPlacementId(placementId).orElseThrow(() -> ProblemException.notFound("place", placementId));
    }

    static DayView view(AttendanceDay day) {
        return new DayView(day.day(), day.kind(), day.hours(), Pensum.ofDay(day.hours()), day.correctionReason());
    }
}
