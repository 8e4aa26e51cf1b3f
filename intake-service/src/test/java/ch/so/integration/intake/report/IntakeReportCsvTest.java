package ch.so.integration.intake.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.intake.report.api.IntakeReportView;

class IntakeReportCsvTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);

    private static IntakeReportView report() {
        return IntakeReportAssembler.assemble(ReportPeriod.parse("2026-03", "2026-04"), List.of(
                        new MonthlyCount(MARCH, Measure.ENTRIES, PlacementType.IVSE_B_STATIONARY, 2),
                        new MonthlyCount(MARCH, Measure.OCCUPIED_AT_MONTH_END, PlacementType.IVSE_B_STATIONARY, 7),
                        new MonthlyCount(MARCH, Measure.TRANSFERS_IN, PlacementType.IVSE_B_STATIONARY, 1),
                        new MonthlyCount(MARCH, Measure.TRANSFERS_OUT, PlacementType.IVSE_B_EXTERNAL, 1),
                        new MonthlyCount(MARCH, Measure.EXITS, PlacementType.IVSE_B_EXTERNAL, 3)),
                Map.of(PlacementType.IVSE_B_STATIONARY, 8));
    }

    @Test
    @DisplayName("DC-19 CSV for Swiss Excel: UTF-8 with BOM, semicolons, CRLF, a header and one row per month and type")
    void layout() {
        byte[] bytes = IntakeReportCsv.bytes(report());
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFmonth;type;label;entries;transfers;transfersOut;exits;"
                + "occupiedAtMonthEnd;capacity;occupancyPercent\r\n");
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertThat(lines).hasSize(1 + 2 * PlacementType.values().length);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(10));
        assertThat(lines.get(1)).isEqualTo("2026-03;IVSE_B_STATIONARY;IVSE B stationär (intern);2;1;0;0;7;8;87.5");
        assertThat(lines.get(2)).isEqualTo("2026-03;IVSE_B_SEMI_STATIONARY;IVSE B teilstationär (intern);0;0;0;0;0;;");
        assertThat(lines.get(3)).isEqualTo("2026-03;IVSE_B_EXTERNAL;IVSE B extern;0;0;1;3;0;;");
        assertThat(lines.get(5)).isEqualTo("2026-03;PASST_GENAU;pass(t)genau Individuelle Qualifizierung;0;0;0;0;0;;");
        assertThat(lines.get(6)).startsWith("2026-04;IVSE_B_STATIONARY;").endsWith(";0;0;0;0;0;8;0.0");
    }

    @Test
    @DisplayName("DC-19 the umlauts survive as UTF-8 (Excel reads them thanks to the BOM)")
    void umlauts() {
        byte[] bytes = IntakeReportCsv.bytes(report());
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("stationär");
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).doesNotContain("stationär");
    }

    @Test
    @DisplayName("a field holding a separator, a quote or a line break is quoted with its quotes doubled (RFC 4180)")
    void quoting() {
        assertThat(IntakeReportCsv.field("plain (text)")).isEqualTo("plain (text)");
        assertThat(IntakeReportCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(IntakeReportCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(IntakeReportCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(IntakeReportCsv.field("")).isEmpty();
    }
}
