package ch.so.integration.daycenter.mis;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.area.WorkArea;
import ch.so.integration.daycenter.area.WorkAreas;
import ch.so.integration.daycenter.mis.api.MisReport;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.PlaceStatus;
import ch.so.integration.daycenter.planning.PlanEntries;

/** DC-19: the monthly information system. Counts only: nothing about a person leaves, so nothing is audited. */
@ApplicationScoped
public class MisService {

    static final int CHART_MONTHS = 12;

    private final MisPlaces places;
    private final WorkAreas areas;
    private final PlanEntries plans;
    private final Clock clock;

    MisService(MisPlaces places, WorkAreas areas, PlanEntries plans, Clock clock) {
        this.places = places;
        this.areas = areas;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public MisReport month(YearMonth month) {
        return MisFigures.of(month, areas(month), facts(month, month));
    }

    /** The chart of the total occupancy of the 12 months up to {@code to} (this month when null). */
    @Transactional
    public String chart(YearMonth to) {
        YearMonth last = to == null ? YearMonth.now(clock) : to;
        YearMonth first = last.minusMonths(CHART_MONTHS - 1L);
        List<WorkArea> all = areas.all();
        List<Place> held = places.overlapping(first.atDay(1), last.atEndOfMonth());
        List<MisChart.Bar> bars = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            YearMonth month = m;
            List<MisFigures.PlaceFacts> facts = held.stream().map(p -> facts(p, month)).toList();
            bars.add(new MisChart.Bar(m.toString(),
                    MisFigures.of(m, areas(all, Map.of()), facts).total().occupancyPercent()));
        }
        return MisChart.svg("Day center: total occupancy " + first + " to " + last, bars);
    }

    private List<MisFigures.Area> areas(YearMonth month) {
        return areas(areas.all(), plans.countByAreaAndMonth(month));
    }

    private static List<MisFigures.Area> areas(List<WorkArea> all, Map<UUID, Long> planned) {
        return all.stream()
                .map(a -> new MisFigures.Area(a.name(), a.capacity(), a::isOpenOn,
                        planned.getOrDefault(a.id(), 0L)))
                .toList();
    }

    private List<MisFigures.PlaceFacts> facts(YearMonth from, YearMonth to) {
        return places.overlapping(from.atDay(1), to.atEndOfMonth()).stream().map(p -> facts(p, to)).toList();
    }

    /** A place's facts with the terms (Pensum, areas) valid at the month's end. */
    private static MisFigures.PlaceFacts facts(Place p, YearMonth month) {
        var terms = p.termsOn(month.atEndOfMonth());
        return new MisFigures.PlaceFacts(p.placementId(), p.startDate(), p.endDate(),
                p.status() == PlaceStatus.CANCELLED, p.status() == PlaceStatus.ENDED, terms.pensumPercent(),
                terms.workAreas());
    }

}
