package ch.so.integration.daycenter.mis;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import ch.so.integration.daycenter.mis.api.MisReport;
import ch.so.integration.daycenter.mis.api.MisReport.Figures;

/**
 * DC-19: the monthly information system's figures, counts only. Pure: no clock, no database.
 *
 * <p>Readings, per month and work area:
 * <ul>
 * <li><b>openDays</b>: the days of the month the area is open (Monday to Friday, DC-01, without its company
 * holidays, DC-02);</li>
 * <li><b>capacityHalfDays</b>: capacity per half-day x 2 half-days x openDays: the half-day slots the area offers;</li>
 * <li><b>participantsAtMonthEnd</b>: places that hold a place on the month's last day (not cancelled, started, not
 * ended before it) and list the area among their work areas: a head count; a participant in two areas counts in both
 * areas, once in the total;</li>
 * <li><b>heldHalfDays</b>: the half-days the places held at month end occupy, weighted by their Pensum: a place
 * occupies Pensum % x 2 / 100 half-days per open day (Pensum x 10 half-days a week: 20 % are 2 half-days a week),
 * split evenly across the distinct areas it lists (names ignoring case), so that across the areas it counts once;
 * times the area's openDays; one decimal, half up;</li>
 * <li><b>occupancyPercent</b>: heldHalfDays / capacityHalfDays x 100, one decimal, half up, from the unrounded held
 * half-days; null without capacity;</li>
 * <li><b>plannedHalfDays</b>: the half-days planned in the area in the month (the weekly plans, DC-04);
 * <b>plannedPercent</b>: plannedHalfDays / capacityHalfDays x 100, as above;</li>
 * <li><b>entries</b>: places (not cancelled) whose start date lies in the month; <b>exits</b>: ENDED places whose
 * end date (the last day) lies in the month; per area for the areas the place lists today (no area history).</li>
 * </ul>
 * The total: sums over the areas with a capacity for capacities, held and planned half-days (its percentages are thus
 * weighted by open days; each place's share counts once, the shares in areas without capacity not at all; the held
 * half-days are summed unrounded and rounded once, so they may differ from the sum of the rounded area rows by a
 * tenth or so); participants, entries and exits are distinct places, those without an area included. An area a place
 * lists that the day center does not know (yet) is shown without capacity.
 *
 * <p>Arithmetic: held half-days are exact fractions with the common denominator 100 x D (D the least common multiple
 * of the places' area counts), kept as BigDecimal numerators, and rounded only for the output (one decimal, HALF_UP).
 */
public final class MisFigures {

    public static final String RULE = "DC-19";

    /** A work area as the MIS needs it. */
    public record Area(String name, Integer capacityPerHalfDay, Predicate<LocalDate> isOpenOn,
                       long plannedHalfDays) {
    }

    /** A place as the MIS needs it: counts only, no person. */
    public record PlaceFacts(UUID placementId, LocalDate startDate, LocalDate endDate, boolean cancelled,
                             boolean ended, int pensumPercent, List<String> areas) {

        /** The distinct areas the place lists (by name, ignoring case). */
        Set<String> areaKeys() {
            Set<String> keys = new LinkedHashSet<>();
            for (String name : areas) {
                keys.add(key(name));
            }
            return keys;
        }

        boolean holdsPlaceOn(LocalDate day) {
            return !cancelled && !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
        }

        boolean entersIn(YearMonth month) {
            return !cancelled && YearMonth.from(startDate).equals(month);
        }

        boolean exitsIn(YearMonth month) {
            return ended && !cancelled && endDate != null && YearMonth.from(endDate).equals(month);
        }
    }

    private MisFigures() {
    }

    public static MisReport of(YearMonth month, List<Area> areas, List<PlaceFacts> places) {
        LocalDate monthEnd = month.atEndOfMonth();
        Map<String, Area> byKey = new LinkedHashMap<>();
        for (Area area : areas) {
            byKey.putIfAbsent(key(area.name()), area);
        }
        for (PlaceFacts place : places) {
            for (String name : place.areas()) {
                byKey.putIfAbsent(key(name), new Area(name.strip(), null, day -> true, 0));
            }
        }
        List<PlaceFacts> held = places.stream().filter(p -> p.holdsPlaceOn(monthEnd)).toList();
        BigDecimal common = new BigDecimal(commonAreaCount(held));
        BigDecimal denominator = common.multiply(BigDecimal.valueOf(100));
        List<Figures> rows = new ArrayList<>();
        long totalCapacityPerHalfDay = 0;
        long totalCapacity = 0;
        BigDecimal totalHeld = BigDecimal.ZERO;
        long totalPlanned = 0;
        boolean anyCapacity = false;
        for (Area area : byKey.values().stream().sorted(Comparator.comparing(a -> key(a.name()))).toList()) {
            String key = key(area.name());
            int openDays = area.capacityPerHalfDay() == null ? weekdays(month) : openDays(month, area.isOpenOn());
            long participants = held.stream().filter(p -> lists(p, key)).count();
            long entries = places.stream().filter(p -> lists(p, key) && p.entersIn(month)).count();
            long exits = places.stream().filter(p -> lists(p, key) && p.exitsIn(month)).count();
            BigDecimal heldNumerator = heldNumerator(held, key, openDays, common);
            Long capacity = area.capacityPerHalfDay() == null ? null : (long) area.capacityPerHalfDay() * 2 * openDays;
            if (capacity != null) {
                anyCapacity = true;
                totalCapacityPerHalfDay += area.capacityPerHalfDay();
                totalCapacity += capacity;
                totalHeld = totalHeld.add(heldNumerator);
                totalPlanned += area.plannedHalfDays();
            }
            rows.add(new Figures(area.name(), area.capacityPerHalfDay(), openDays, capacity, participants,
                    halfDays(heldNumerator, denominator), percent(heldNumerator, denominator, capacity),
                    area.plannedHalfDays(), percent(area.plannedHalfDays(), capacity), entries, exits));
        }
        long participants = held.size();
        long entries = places.stream().filter(p -> p.entersIn(month)).count();
        long exits = places.stream().filter(p -> p.exitsIn(month)).count();
        Figures total = new Figures(MisReport.TOTAL, anyCapacity ? (int) totalCapacityPerHalfDay : null,
                weekdays(month), anyCapacity ? totalCapacity : null, participants, halfDays(totalHeld, denominator),
                anyCapacity ? percent(totalHeld, denominator, totalCapacity) : null, totalPlanned,
                anyCapacity ? percent(totalPlanned, totalCapacity) : null, entries, exits);
        return new MisReport(month.toString(), rows, total);
    }

    /**
     * The held half-days of the area {@code key} as the numerator over 100 x D ({@code common} = D, a multiple of
     * every place's area count): for each place listing it, Pensum x (D / its area count) x 2 x openDays. Exact:
     * integers only.
     */
    static BigDecimal heldNumerator(List<PlaceFacts> held, String key, int openDays, BigDecimal common) {
        BigDecimal sum = BigDecimal.ZERO;
        for (PlaceFacts place : held) {
            Set<String> keys = place.areaKeys();
            if (keys.contains(key)) {
                sum = sum.add(BigDecimal.valueOf(place.pensumPercent())
                        .multiply(common.divide(BigDecimal.valueOf(keys.size()))));
            }
        }
        return sum.multiply(BigDecimal.valueOf(2L * openDays));
    }

    /** D: the least common multiple of the places' area counts (1 without any). */
    static BigInteger commonAreaCount(List<PlaceFacts> places) {
        BigInteger lcm = BigInteger.ONE;
        for (int count : places.stream().map(p -> p.areaKeys().size()).filter(n -> n > 1).distinct().toList()) {
            BigInteger n = BigInteger.valueOf(count);
            lcm = lcm.multiply(n).divide(lcm.gcd(n));
        }
        return lcm;
    }

    /** numerator / denominator half-days, one decimal, half up. */
    static BigDecimal halfDays(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 1, RoundingMode.HALF_UP);
    }

    /** (numerator / denominator) / capacity x 100, one decimal, half up; null without a capacity (or one of 0). */
    static BigDecimal percent(BigDecimal numerator, BigDecimal denominator, Long capacity) {
        if (capacity == null || capacity == 0) {
            return null;
        }
        return numerator.multiply(BigDecimal.valueOf(100))
                .divide(denominator.multiply(BigDecimal.valueOf(capacity)), 1, RoundingMode.HALF_UP);
    }

    /** part / capacity x 100, one decimal, half up; null without a capacity (or a capacity of 0). */
    static BigDecimal percent(long part, Long capacity) {
        return percent(BigDecimal.valueOf(part), BigDecimal.ONE, capacity);
    }

    static int openDays(YearMonth month, Predicate<LocalDate> isOpenOn) {
        int days = 0;
        for (int d = 1; d <= month.lengthOfMonth(); d++) {
            if (isOpenOn.test(month.atDay(d))) {
                days++;
            }
        }
        return days;
    }

    /** Monday to Friday (DC-01). */
    static int weekdays(YearMonth month) {
        return openDays(month, day -> day.getDayOfWeek().getValue() <= 5);
    }

    private static boolean lists(PlaceFacts place, String key) {
        return place.areaKeys().contains(key);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
