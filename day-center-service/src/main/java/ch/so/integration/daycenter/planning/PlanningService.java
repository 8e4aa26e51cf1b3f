package ch.so.integration.daycenter.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.documents.ICalendar;
import ch.so.integration.daycenter.area.HalfDay;
import ch.so.integration.daycenter.area.WorkArea;
import ch.so.integration.daycenter.area.WorkAreas;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.Places;
import ch.so.integration.daycenter.planning.api.CopyResultView;
import ch.so.integration.daycenter.planning.api.PlanEntryRequest;
import ch.so.integration.daycenter.planning.api.PlanEntryView;
import ch.so.integration.daycenter.planning.api.WeekPlanRequest;
import ch.so.integration.daycenter.planning.api.WeekPlanView;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * Weekly half-day planning (DC-04): writes a week's plan under the rules of {@link PlanCheck}, copies last week's,
 * and shows plans as JSON, CSV and iCalendar. Plans name participants, so every read and write is audited per
 * participant (subject: the person id).
 */
@ApplicationScoped
public class PlanningService {

    static final String RESOURCE = "plan";
    /** Calendar feeds show from four weeks back to a year ahead. */
    static final int FEED_DAYS_BACK = 28;
    static final int FEED_DAYS_AHEAD = 366;

    private final PlanEntries entries;
    private final WorkAreas areas;
    private final Places places;
    private final AuditLog audit;
    private final Clock clock;

    PlanningService(PlanEntries entries, WorkAreas areas, Places places, AuditLog audit, Clock clock) {
        this.entries = entries;
        this.areas = areas;
        this.places = places;
        this.audit = audit;
        this.clock = clock;
    }

    /** Replaces the week's plan; all or nothing: the first entry that breaks a rule refuses the whole request. */
    @Transactional
    public WeekPlanView replaceWeek(String weekText, WeekPlanRequest request) {
        IsoWeek week = week(weekText);
        Map<UUID, WorkArea> areasById = byId(areas.lockAll());
        Map<UUID, Optional<Place>> placeCache = new HashMap<>();
        PlanCheck check = check(week, areasById, placeCache);
        for (int i = 0; i < request.entries().size(); i++) {
            PlanEntryRequest e = request.entries().get(i);
            Optional<PlanCheck.Violation> violation = check.offer(
                    new PlanCheck.Candidate(e.placementId(), e.date(), e.halfDay(), e.areaId()));
            if (violation.isPresent()) {
                throw refusal(violation.get(), "entries[" + i + "]." + violation.get().field());
            }
        }
        List<PlanEntry> old = entries.between(week.monday(), week.sunday());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<PlanEntry> fresh = check.accepted().stream().map(c -> new PlanEntry(c, now)).toList();
        entries.replace(old, fresh);
        Set<UUID> touched = new LinkedHashSet<>();
        old.forEach(e -> touched.add(e.placementId()));
        fresh.forEach(e -> touched.add(e.placementId()));
        for (UUID placementId : touched) {
            place(placeCache, placementId).ifPresent(p -> audit.record(AuditAction.UPDATE, RESOURCE, placementId, p.personId()));
        }
        return new WeekPlanView(week.toString(), week.monday(), week.sunday(), views(fresh, areasById, placeCache));
    }

    /**
     * Copies last week's entries to the same weekday and half-day of this week, keeping what is planned here
     * already. An entry that now breaks a rule (ended place, closure, capacity, Pensum, taken half-day) is skipped
     * and reported with the rule.
     */
    @Transactional
    public CopyResultView copyFromPrevious(String weekText) {
        IsoWeek week = week(weekText);
        Map<UUID, WorkArea> areasById = byId(areas.lockAll());
        Map<UUID, Optional<Place>> placeCache = new HashMap<>();
        PlanCheck check = check(week, areasById, placeCache);
        entries.between(week.monday(), week.sunday()).forEach(e -> check.accept(e.asCandidate()));
        List<PlanEntry> previous = entries.between(week.previous().monday(), week.previous().sunday()).stream()
                .sorted(PlanEntries.BY_TIME.thenComparing(PlanEntry::areaId).thenComparing(PlanEntry::placementId))
                .toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<CopyResultView.Skipped> skipped = new ArrayList<>();
        Set<UUID> copiedFor = new LinkedHashSet<>();
        int copied = 0;
        for (PlanEntry last : previous) {
            PlanCheck.Candidate c = new PlanCheck.Candidate(last.placementId(), last.date().plusWeeks(1),
                    last.halfDay(), last.areaId());
            Optional<PlanCheck.Violation> violation = check.offer(c);
            if (violation.isPresent()) {
                skipped.add(new CopyResultView.Skipped(c.placementId(), c.date(), c.halfDay(), c.areaId(),
                        violation.get().rule(), violation.get().message()));
            } else {
                entries.add(new PlanEntry(c, now));
                copiedFor.add(c.placementId());
                copied++;
            }
        }
        for (UUID placementId : copiedFor) {
            place(placeCache, placementId).ifPresent(p -> audit.record(AuditAction.UPDATE, RESOURCE, placementId, p.personId()));
        }
        return new CopyResultView(week.toString(), week.previous().toString(), copied, skipped);
    }

    /** The week's entries by date, half-day, area and participant, one page of them. */
    @Transactional
    public Page<PlanEntryView> week(String weekText, PageQuery page) {
        List<PlanEntryView> all = weekViews(week(weekText));
        List<PlanEntryView> items = all.stream().skip(page.offset()).limit(page.size()).toList();
        auditReads(items);
        return Page.of(items, page, all.size());
    }

    /** The whole week as CSV (see {@link PlanCsv}). */
    @Transactional
    public String weekCsv(String weekText) {
        IsoWeek week = week(weekText);
        List<PlanEntryView> all = weekViews(week);
        auditReads(all);
        return PlanCsv.text(week.toString(), all);
    }

    /** A participant's planned half-days as an iCalendar feed, from four weeks back to a year ahead. */
    @Transactional
    public String participantCalendar(UUID placementId) {
        Place place = places.byPlacementId(placementId)
                .orElseThrow(() -> ProblemException.notFound("day-center place", placementId));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, WorkArea> areasById = byId(areas.all());
        List<ICalendar.Event> events = entries.ofPlacement(placementId, today.minusDays(FEED_DAYS_BACK),
                today.plusDays(FEED_DAYS_AHEAD)).stream().map(e -> new ICalendar.Event(
                        e.id() + "@day-center.integration.so.ch",
                        e.date().atTime(e.halfDay().from()), e.date().atTime(e.halfDay().to()),
                        areaName(areasById, e.areaId()) + " (" + label(e.halfDay()) + ")", null))
                .toList();
        audit.record(AuditAction.READ, RESOURCE, placementId, place.personId());
        return ICalendar.calendar("Tageszentrum: " + place.participantFirstName() + " "
                + place.participantOfficialName(), events, Instant.now(clock));
    }

    /** An area's plan as an iCalendar feed: one event per half-day, naming the planned participants. */
    @Transactional
    public String areaCalendar(UUID areaId) {
        WorkArea area = areas.byId(areaId).orElseThrow(() -> ProblemException.notFound("work area", areaId));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Optional<Place>> placeCache = new HashMap<>();
        Map<String, List<PlanEntry>> byHalfDay = new TreeMap<>();
        for (PlanEntry e : entries.ofArea(areaId, today.minusDays(FEED_DAYS_BACK), today.plusDays(FEED_DAYS_AHEAD))) {
            byHalfDay.computeIfAbsent(e.date() + "-" + e.halfDay().ordinal(), k -> new ArrayList<>()).add(e);
        }
        List<ICalendar.Event> events = new ArrayList<>();
        Set<UUID> shown = new LinkedHashSet<>();
        for (List<PlanEntry> slot : byHalfDay.values()) {
            PlanEntry first = slot.getFirst();
            List<String> names = new ArrayList<>();
            for (PlanEntry e : slot) {
                place(placeCache, e.placementId()).ifPresent(p -> {
                    names.add(p.participantOfficialName() + " " + p.participantFirstName());
                    shown.add(p.placementId());
                });
            }
            names.sort(Comparator.naturalOrder());
            events.add(new ICalendar.Event(areaId + "-" + first.date() + "-" + first.halfDay().name().toLowerCase()
                    + "@day-center.integration.so.ch", first.date().atTime(first.halfDay().from()),
                    first.date().atTime(first.halfDay().to()),
                    area.name() + ": " + slot.size() + " of " + area.capacity() + " planned",
                    String.join("\n", names)));
        }
        for (UUID placementId : shown) {
            place(placeCache, placementId).ifPresent(p -> audit.record(AuditAction.READ, RESOURCE, placementId, p.personId()));
        }
        return ICalendar.calendar("Tageszentrum: " + area.name(), events, Instant.now(clock));
    }

    private List<PlanEntryView> weekViews(IsoWeek week) {
        Map<UUID, WorkArea> areasById = byId(areas.all());
        return views(entries.between(week.monday(), week.sunday()), areasById, new HashMap<>());
    }

    private List<PlanEntryView> views(List<PlanEntry> list, Map<UUID, WorkArea> areasById,
                                      Map<UUID, Optional<Place>> placeCache) {
        return list.stream().map(e -> {
                    Optional<Place> p = place(placeCache, e.placementId());
                    return new PlanEntryView(e.id(), e.date(), e.halfDay(), e.areaId(), areaName(areasById, e.areaId()),
                            e.placementId(), new PlanEntryView.Participant(
                            p.map(Place::participantOfficialName).orElse(""),
                            p.map(Place::participantFirstName).orElse("")));
                })
                .sorted(Comparator.comparing(PlanEntryView::date).thenComparing(PlanEntryView::halfDay)
                        .thenComparing(PlanEntryView::areaName)
                        .thenComparing(v -> v.participant().officialName())
                        .thenComparing(v -> v.participant().firstName())
                        .thenComparing(PlanEntryView::id))
                .toList();
    }

    private void auditReads(List<PlanEntryView> shown) {
        Set<UUID> placements = shown.stream().map(PlanEntryView::placementId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (UUID placementId : placements) {
            places.byPlacementId(placementId)
                    .ifPresent(p -> audit.record(AuditAction.READ, RESOURCE, placementId, p.personId()));
        }
    }

    private PlanCheck check(IsoWeek week, Map<UUID, WorkArea> areasById, Map<UUID, Optional<Place>> placeCache) {
        return new PlanCheck(week,
                id -> Optional.ofNullable(areasById.get(id))
                        .map(a -> new PlanCheck.Area(a.id(), a.name(), a.capacity(), a::isClosedOn)),
                id -> place(placeCache, id)
                        .map(p -> new PlanCheck.Participant(p.placementId(), p.pensumOn(week.monday()),
                                p::holdsPlaceOn)));
    }

    private Optional<Place> place(Map<UUID, Optional<Place>> cache, UUID placementId) {
        return cache.computeIfAbsent(placementId, places::byPlacementId);
    }

    private static Map<UUID, WorkArea> byId(List<WorkArea> list) {
        return list.stream().collect(Collectors.toMap(WorkArea::id, Function.identity()));
    }

    private static String areaName(Map<UUID, WorkArea> areasById, UUID areaId) {
        WorkArea area = areasById.get(areaId);
        return area == null ? "" : area.name();
    }

    private static String label(HalfDay halfDay) {
        return halfDay == HalfDay.MORNING ? "Vormittag" : "Nachmittag";
    }

    static IsoWeek week(String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("week", e.getMessage());
        }
    }

    private static ProblemException refusal(PlanCheck.Violation violation, String field) {
        List<FieldError> errors = List.of(new FieldError(field, violation.message()));
        if (violation.rule() == null) {
            return ProblemException.validation(errors);
        }
        return new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, violation.message())
                .withRule(violation.rule()).withErrors(errors));
    }
}
