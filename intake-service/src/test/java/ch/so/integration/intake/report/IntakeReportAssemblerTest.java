package ch.so.integration.intake.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.intake.report.api.Figures;
import ch.so.integration.intake.report.api.IntakeReportView;
import ch.so.integration.intake.report.api.MonthFigures;
import ch.so.integration.intake.report.api.TypeFigures;

class IntakeReportAssemblerTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);

    @Test
    @DisplayName("DC-19 every month and all five types appear, with zeros where nothing was counted")
    void fullGrid() {
        IntakeReportView report = IntakeReportAssembler.assemble(ReportPeriod.parse("2025-11", "2026-02"),
                List.of(), Map.of());
        assertThat(report.from()).isEqualTo(YearMonth.of(2025, 11));
        assertThat(report.months()).extracting(MonthFigures::month)
                .containsExactly(YearMonth.of(2025, 11), YearMonth.of(2025, 12), JAN, FEB);
        assertThat(report.months().get(3).monthEnd()).isEqualTo(LocalDate.of(2026, 2, 28));
        for (MonthFigures month : report.months()) {
            assertThat(month.types()).extracting(TypeFigures::type).containsExactly(PlacementType.values());
            assertThat(month.types()).allSatisfy(t -> {
                assertThat(t.entries() + t.transfers() + t.transfersOut() + t.exits() + t.occupiedAtMonthEnd())
                        .isZero();
                assertThat(t.capacity()).isNull();
                assertThat(t.occupancyPercent()).isNull();
            });
            assertThat(month.total()).isEqualTo(new Figures(0, 0, 0, 0, 0, null, null));
        }
    }

    @Test
    @DisplayName("DC-10 DC-19 counts land in their month and type; totals sum them; occupancy only where there is capacity")
    void figuresAndTotals() {
        IntakeReportView report = IntakeReportAssembler.assemble(ReportPeriod.parse("2026-01", "2026-02"), List.of(
                        new MonthlyCount(JAN, Measure.ENTRIES, PlacementType.IVSE_B_EXTERNAL, 3),
                        new MonthlyCount(JAN, Measure.ENTRIES, PlacementType.AMI_PROGRAMME, 2),
                        new MonthlyCount(JAN, Measure.ENTRIES, PlacementType.PASST_GENAU, 1),
                        new MonthlyCount(JAN, Measure.EXITS, PlacementType.IVSE_B_EXTERNAL, 1),
                        new MonthlyCount(JAN, Measure.TRANSFERS_IN, PlacementType.IVSE_B_SEMI_STATIONARY, 1),
                        new MonthlyCount(JAN, Measure.TRANSFERS_OUT, PlacementType.IVSE_B_EXTERNAL, 1),
                        new MonthlyCount(JAN, Measure.OCCUPIED_AT_MONTH_END, PlacementType.IVSE_B_EXTERNAL, 2),
                        new MonthlyCount(JAN, Measure.OCCUPIED_AT_MONTH_END, PlacementType.IVSE_B_SEMI_STATIONARY, 1),
                        new MonthlyCount(JAN, Measure.OCCUPIED_AT_MONTH_END, PlacementType.AMI_PROGRAMME, 2),
                        new MonthlyCount(JAN, Measure.OCCUPIED_AT_MONTH_END, PlacementType.PASST_GENAU, 1),
                        new MonthlyCount(FEB, Measure.OCCUPIED_AT_MONTH_END, PlacementType.IVSE_B_EXTERNAL, 2),
                        new MonthlyCount(YearMonth.of(2027, 1), Measure.ENTRIES, PlacementType.IVSE_B_EXTERNAL, 9)),
                Map.of(PlacementType.IVSE_B_EXTERNAL, 3, PlacementType.AMI_PROGRAMME, 40,
                        PlacementType.PASST_GENAU, 99));
        MonthFigures jan = report.months().getFirst();
        assertThat(type(jan, PlacementType.IVSE_B_EXTERNAL))
                .isEqualTo(new TypeFigures(PlacementType.IVSE_B_EXTERNAL, "IVSE B extern", 3, 0, 1, 1, 2, 3,
                        new BigDecimal("66.7")));
        assertThat(type(jan, PlacementType.IVSE_B_SEMI_STATIONARY).transfers()).isEqualTo(1);
        assertThat(type(jan, PlacementType.IVSE_B_SEMI_STATIONARY).capacity()).as("no capacity set").isNull();
        assertThat(type(jan, PlacementType.IVSE_B_SEMI_STATIONARY).occupancyPercent()).isNull();
        assertThat(type(jan, PlacementType.AMI_PROGRAMME).occupancyPercent()).isEqualByComparingTo("5.0");
        assertThat(type(jan, PlacementType.PASST_GENAU).capacity()).as("pass(t)genau has no places").isNull();
        // totals: capacity 3 + 40; occupancy over the external and AMI placements only (2 + 2 of 43)
        assertThat(jan.total()).isEqualTo(new Figures(6, 1, 1, 1, 6, 43, new BigDecimal("9.3")));
        MonthFigures feb = report.months().get(1);
        assertThat(type(feb, PlacementType.IVSE_B_EXTERNAL).entries()).isZero();
        assertThat(type(feb, PlacementType.IVSE_B_EXTERNAL).occupancyPercent()).isEqualByComparingTo("66.7");
        assertThat(feb.total().entries()).as("a count outside the period is ignored").isZero();
    }

    @Test
    @DisplayName("DC-19 occupancy in % rounds half up to one decimal; null without capacity or with capacity 0")
    void occupancyPercent() {
        assertThat(IntakeReportAssembler.occupancyPercent(1, 8)).isEqualTo(new BigDecimal("12.5"));
        assertThat(IntakeReportAssembler.occupancyPercent(1, 16)).isEqualTo(new BigDecimal("6.3")); // 6.25
        assertThat(IntakeReportAssembler.occupancyPercent(1, 3)).isEqualTo(new BigDecimal("33.3"));
        assertThat(IntakeReportAssembler.occupancyPercent(2, 3)).isEqualTo(new BigDecimal("66.7"));
        assertThat(IntakeReportAssembler.occupancyPercent(0, 5)).isEqualTo(new BigDecimal("0.0"));
        assertThat(IntakeReportAssembler.occupancyPercent(12, 10)).as("over capacity").isEqualTo(new BigDecimal("120.0"));
        assertThat(IntakeReportAssembler.occupancyPercent(3, null)).isNull();
        assertThat(IntakeReportAssembler.occupancyPercent(3, 0)).isNull();
    }

    private static TypeFigures type(MonthFigures month, PlacementType type) {
        return month.types().stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }
}
