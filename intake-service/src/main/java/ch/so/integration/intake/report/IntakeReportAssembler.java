package ch.so.integration.intake.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.intake.report.api.Figures;
import ch.so.integration.intake.report.api.IntakeReportView;
import ch.so.integration.intake.report.api.MonthFigures;
import ch.so.integration.intake.report.api.TypeFigures;

/**
 * Lays the counted figures out as the report: every month of the period, every placement type (zeros where the
 * database counted nothing), the capacities, the occupancy in % and the month's total. Pure, so it is tested
 * without a database.
 */
public final class IntakeReportAssembler {

    private IntakeReportAssembler() {
    }

    /**
     * @param counts     the non-zero figures; a month or type outside the period is ignored
     * @param capacities the places per type where known (only IVSE B settings and AMI programmes are used)
     */
    public static IntakeReportView assemble(ReportPeriod period, List<MonthlyCount> counts,
                                            Map<PlacementType, Integer> capacities) {
        Map<YearMonth, Map<PlacementType, Map<Measure, Long>>> byMonth = new HashMap<>();
        for (MonthlyCount count : counts) {
            byMonth.computeIfAbsent(count.month(), m -> new EnumMap<>(PlacementType.class))
                    .computeIfAbsent(count.type(), t -> new EnumMap<>(Measure.class))
                    .merge(count.measure(), count.count(), Long::sum);
        }
        List<MonthFigures> months = new ArrayList<>(period.monthCount());
        for (YearMonth month : period.months()) {
            Map<PlacementType, Map<Measure, Long>> ofMonth = byMonth.getOrDefault(month, Map.of());
            List<TypeFigures> types = new ArrayList<>(PlacementType.values().length);
            for (PlacementType type : PlacementType.values()) {
                Map<Measure, Long> figures = ofMonth.getOrDefault(type, Map.of());
                long occupied = figures.getOrDefault(Measure.OCCUPIED_AT_MONTH_END, 0L);
                Integer capacity = capacityOf(type, capacities);
                types.add(new TypeFigures(type, type.label(),
                        figures.getOrDefault(Measure.ENTRIES, 0L),
                        figures.getOrDefault(Measure.TRANSFERS_IN, 0L),
                        figures.getOrDefault(Measure.TRANSFERS_OUT, 0L),
                        figures.getOrDefault(Measure.EXITS, 0L),
                        occupied, capacity, occupancyPercent(occupied, capacity)));
            }
            months.add(new MonthFigures(month, month.atEndOfMonth(), List.copyOf(types), total(types)));
        }
        return new IntakeReportView(period.from(), period.to(), List.copyOf(months));
    }

    /** IVSE B settings and AMI programmes have places; pass(t)genau books modules, not places. */
    static Integer capacityOf(PlacementType type, Map<PlacementType, Integer> capacities) {
        if (type.isDayCenter() || type == PlacementType.AMI_PROGRAMME) {
            return capacities.get(type);
        }
        return null;
    }

    /** occupied / capacity x 100, one decimal, half up; null without a capacity (or a capacity of 0). */
    public static BigDecimal occupancyPercent(long occupied, Integer capacity) {
        if (capacity == null || capacity <= 0) {
            return null;
        }
        return BigDecimal.valueOf(occupied).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(capacity), 1, RoundingMode.HALF_UP);
    }

    private static Figures total(List<TypeFigures> types) {
        long entries = 0;
        long transfers = 0;
        long transfersOut = 0;
        long exits = 0;
        long occupied = 0;
        Integer capacity = null;
        long occupiedWithCapacity = 0;
        for (TypeFigures t : types) {
            entries += t.entries();
            transfers += t.transfers();
            transfersOut += t.transfersOut();
            exits += t.exits();
            occupied += t.occupiedAtMonthEnd();
            if (t.capacity() != null) {
                capacity = (capacity == null ? 0 : capacity) + t.capacity();
                occupiedWithCapacity += t.occupiedAtMonthEnd();
            }
        }
        return new Figures(entries, transfers, transfersOut, exits, occupied, capacity,
                occupancyPercent(occupiedWithCapacity, capacity));
    }
}
