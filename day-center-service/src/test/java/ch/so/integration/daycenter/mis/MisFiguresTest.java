package ch.so.integration.daycenter.mis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;

import ch.so.integration.daycenter.mis.api.MisReport;
import ch.so.integration.daycenter.mis.api.MisReport.Figures;

class MisFiguresTest {

    static final YearMonth MAY = YearMonth.of(2031, 5);

    static MisFigures.PlaceFacts place(String start, String end, boolean cancelled, int pensum, String... areas) {
        return new MisFigures.PlaceFacts(UUID.randomUUID(), LocalDate.parse(start),
                end == null ? null : LocalDate.parse(end), cancelled, end != null && !cancelled, pensum,
                List.of(areas));
    }

    static MisReport may() {
        LocalDate closedFrom = LocalDate.of(2031, 5, 26);
        LocalDate closedTo = LocalDate.of(2031, 5, 30);
        List<MisFigures.Area> areas = List.of(
                new MisFigures.Area("Küche", 4, day -> day.getDayOfWeek().getValue() <= 5, 88),
                new MisFigures.Area("Garten", 2, day -> day.getDayOfWeek().getValue() <= 5
                        && (day.isBefore(closedFrom) || day.isAfter(closedTo)), 0));
        List<MisFigures.PlaceFacts> places = List.of(
                place("2031-01-01", null, false, 100, "Küche"),
                place("2031-05-10", null, false, 60, "küche", "Garten"),
                place("2030-01-01", "2031-05-15", false, 100, "Garten"),
                place("2031-05-02", "2031-05-31", false, 50, "Küche"),
                place("2031-06-01", null, false, 100, "Küche"),
                place("2031-05-05", "2031-05-04", true, 100, "Küche"),
                place("2031-03-01", null, false, 40, "Werkstatt"),
                place("2031-02-01", null, false, 100));
        return MisFigures.of(MAY, areas, places);
    }

    static Figures row(MisReport report, String area) {
        return report.areas().stream().filter(f -> f.area().equals(area)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("DC-19: capacity is capacity per half-day x 2 x open days; closures reduce the open days")
    void dc19Capacity() {
        MisReport report = may();
        assertThat(report.areas()).extracting(Figures::area).containsExactly("Garten", "Küche", "Werkstatt");
        assertThat(row(report, "Küche").openDays()).isEqualTo(22);
        assertThat(row(report, "Küche").capacityHalfDays()).isEqualTo(176L);
        assertThat(row(report, "Garten").openDays()).isEqualTo(17);
        assertThat(row(report, "Garten").capacityHalfDays()).isEqualTo(68L);
        assertThat(row(report, "Werkstatt").capacityHalfDays()).isNull();
        assertThat(row(report, "Werkstatt").occupancyPercent()).isNull();
    }

    @Test
    @DisplayName("DC-19: occupancy at month end per area (names ignoring case, weighted by Pensum, split across "
            + "areas), its percentage, planned half-days, entries and exits")
    void dc19OccupancyEntriesExits() {
        MisReport report = may();
        // Küche: (100 % + 60 % / 2 + 50 %) x 2 / 100 x 22 = 1.8 x 44 = 79.2 of 176
        assertThat(row(report, "Küche")).isEqualTo(new Figures("Küche", 4, 22, 176L, 3, new BigDecimal("79.2"),
                new BigDecimal("45.0"), 88, new BigDecimal("50.0"), 2, 1));
        // Garten: 60 % / 2 x 2 / 100 x 17 = 10.2 of 68
        assertThat(row(report, "Garten")).isEqualTo(new Figures("Garten", 2, 17, 68L, 1, new BigDecimal("10.2"),
                new BigDecimal("15.0"), 0, new BigDecimal("0.0"), 1, 1));
        assertThat(row(report, "Werkstatt")).isEqualTo(new Figures("Werkstatt", null, 22, null, 1,
                new BigDecimal("17.6"), null, 0, null, 0, 0));
    }

    @Test
    @DisplayName("DC-19: the total sums capacities and held half-days, counts distinct places, skips cancelled ones")
    void dc19Total() {
        // held: 79.2 + 10.2 (Werkstatt has no capacity); the participant in Küche and Garten counts once
        assertThat(may().total()).isEqualTo(new Figures("TOTAL", 6, 22, 244L, 5, new BigDecimal("89.4"),
                new BigDecimal("36.6"), 88, new BigDecimal("36.1"), 2, 2));
        assertThat(MisFigures.percent(1, 3L)).isEqualByComparingTo("33.3");
        assertThat(MisFigures.percent(2, 3L)).isEqualByComparingTo("66.7");
        assertThat(MisFigures.percent(1, 0L)).isNull();
    }

    /** Areas A, B and C, capacity 1 each, open on the first {@code openDays} days of May 2031. */
    static List<MisFigures.Area> abc(int openDays) {
        return List.of("A", "B", "C").stream()
                .map(name -> new MisFigures.Area(name, 1, day -> day.getDayOfMonth() <= openDays, 0)).toList();
    }

    @ParameterizedTest(name = "{0} % over {1} open days holds {2} half-days = {3} %")
    @CsvSource({
            "100, 22, 44.0, 100.0",
            "20,   5,  2.0,  20.0", // 20 % = 2 half-days a week, not 10
            "20,  22,  8.8,  20.0",
            "50,  22, 22.0,  50.0",
            "80,  17, 27.2,  80.0",
            "33,   1,  0.7,  33.0", // 0.66 -> 0.7
            "25,   1,  0.5,  25.0",
            "0,   22,  0.0,   0.0"})
    @DisplayName("DC-19: a place holds Pensum % x 2 / 100 half-days per open day")
    void dc19WeightedByPensum(int pensum, int openDays, String held, String percent) {
        MisReport report = MisFigures.of(MAY, abc(openDays), List.of(place("2031-01-01", null, false, pensum, "A")));
        Figures a = row(report, "A");
        assertThat(a.participantsAtMonthEnd()).isEqualTo(1);
        assertThat(a.capacityHalfDays()).isEqualTo(2L * openDays);
        assertThat(a.heldHalfDays()).isEqualTo(new BigDecimal(held));
        assertThat(a.occupancyPercent()).isEqualTo(new BigDecimal(percent));
        assertThat(report.total().heldHalfDays()).isEqualTo(new BigDecimal(held));
        assertThat(report.total().participantsAtMonthEnd()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} % in {1} over {2} open days: A {3}, B {4}, C {5}, total {6} = {7} %")
    @CsvSource({
            "100, A,     1,  2.0,  0.0,  0.0,  2.0, 33.3",
            "100, A|B,   1,  1.0,  1.0,  0.0,  2.0, 33.3",
            "100, A|b,  22, 22.0, 22.0,  0.0, 44.0, 33.3", // names ignoring case
            "100, A|a,  22, 44.0,  0.0,  0.0, 44.0, 33.3", // the same area twice counts once
            "25,  A|B,   1,  0.3,  0.3,  0.0,  0.5,  8.3", // 0.25 -> 0.3 half up; the total rounded once
            "100, A|B|C, 22, 14.7, 14.7, 14.7, 44.0, 33.3", // thirds add up exactly
            "20,  A|B,  22,  4.4,  4.4,  0.0,  8.8,  6.7",
            "60,  A|X,  22, 13.2,  0.0,  0.0, 13.2, 10.0"}) // X is no work area: its half is not in the total
    @DisplayName("DC-19: a place's half-days are split evenly across its areas; the total counts them once")
    void dc19SplitAcrossAreas(int pensum, String areas, int openDays, String a, String b, String c, String total,
                              String totalPercent) {
        MisReport report = MisFigures.of(MAY, abc(openDays),
                List.of(place("2031-01-01", null, false, pensum, areas.split("\\|"))));
        assertThat(row(report, "A").heldHalfDays()).isEqualTo(new BigDecimal(a));
        assertThat(row(report, "B").heldHalfDays()).isEqualTo(new BigDecimal(b));
        assertThat(row(report, "C").heldHalfDays()).isEqualTo(new BigDecimal(c));
        assertThat(report.total().heldHalfDays()).isEqualTo(new BigDecimal(total));
        assertThat(report.total().occupancyPercent()).isEqualTo(new BigDecimal(totalPercent));
        assertThat(report.total().participantsAtMonthEnd()).isEqualTo(1);
    }

    @Test
    @DisplayName("DC-19: mixed splits are exact, rounded once per figure; each participant counts once in TOTAL")
    void dc19MixedSplits() {
        MisReport report = MisFigures.of(MAY, abc(22), List.of(
                place("2031-01-01", null, false, 100, "A", "B", "C"),
                place("2031-01-01", null, false, 50, "A", "B"),
                place("2031-01-01", null, false, 30, "A")));
        // per open day: A 1/3 + 1/4 + 0.3, B 1/3 + 1/4, C 1/3 (x 2 x 22 / 1 = 44)
        assertThat(row(report, "A")).extracting(Figures::participantsAtMonthEnd, Figures::heldHalfDays,
                Figures::occupancyPercent).containsExactly(3L, new BigDecimal("38.9"), new BigDecimal("88.3"));
        assertThat(row(report, "B")).extracting(Figures::participantsAtMonthEnd, Figures::heldHalfDays,
                Figures::occupancyPercent).containsExactly(2L, new BigDecimal("25.7"), new BigDecimal("58.3"));
        assertThat(row(report, "C")).extracting(Figures::participantsAtMonthEnd, Figures::heldHalfDays,
                Figures::occupancyPercent).containsExactly(1L, new BigDecimal("14.7"), new BigDecimal("33.3"));
        // (100 + 50 + 30) % x 2 / 100 x 22 = 79.2, not 38.9 + 25.7 + 14.7 = 79.3; of 132 half-day slots
        assertThat(report.total()).extracting(Figures::participantsAtMonthEnd, Figures::heldHalfDays,
                Figures::occupancyPercent).containsExactly(3L, new BigDecimal("79.2"), new BigDecimal("60.0"));
    }

    @Test
    @DisplayName("DC-19: full areas of 100 % participants in two areas each are 100 % in total, not 200 %")
    void dc19NoDoubleCounting() {
        List<MisFigures.PlaceFacts> places = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            places.add(place("2031-01-01", null, false, 100, "A", "B"));
        }
        List<MisFigures.Area> areas = List.of(new MisFigures.Area("A", 2, day -> true, 0),
                new MisFigures.Area("B", 2, day -> true, 0));
        MisReport report = MisFigures.of(MAY, areas, places);
        assertThat(row(report, "A").occupancyPercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(row(report, "B").occupancyPercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(report.total()).extracting(Figures::participantsAtMonthEnd, Figures::capacityHalfDays,
                Figures::heldHalfDays, Figures::occupancyPercent)
                .containsExactly(4L, 248L, new BigDecimal("248.0"), new BigDecimal("100.0"));
    }

    @Test
    @DisplayName("DC-19: CSV with byte-order mark, semicolons, CRLF, header, area rows, then TOTAL")
    void dc19Csv() {
        String csv = MisCsv.text(may());
        assertThat(csv).startsWith("\uFEFFmonth;area;capacityPerHalfDay;openDays;capacityHalfDays;"
                + "participantsAtMonthEnd;heldHalfDays;occupancyPercent;plannedHalfDays;plannedPercent;entries;exits\r\n");
        assertThat(csv.split("\r\n")).hasSize(5);
        assertThat(csv).contains("\r\n2031-05;Küche;4;22;176;3;79.2;45.0;88;50.0;2;1\r\n")
                .contains("\r\n2031-05;Werkstatt;;22;;1;17.6;;0;;0;0\r\n")
                .endsWith("\r\n2031-05;TOTAL;6;22;244;5;89.4;36.6;88;36.1;2;2\r\n");
        assertThat(MisCsv.field("a;b")).isEqualTo("\"a;b\"");
        assertThat(MisCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(MisCsv.bytes(may())).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    @DisplayName("DC-19: the workbook opens with POI and holds the JSON's numbers")
    void dc19Xlsx() throws Exception {
        MisReport report = may();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(MisXlsx.bytes(report)))) {
            Sheet sheet = workbook.getSheet("MIS 2031-05");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("participantsAtMonthEnd");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row kitchen = sheet.getRow(2);
            assertThat(kitchen.getCell(1).getStringCellValue()).isEqualTo("Küche");
            assertThat(kitchen.getCell(4).getNumericCellValue()).isEqualTo(176);
            assertThat(kitchen.getCell(6).getNumericCellValue()).isEqualTo(79.2);
            assertThat(kitchen.getCell(7).getNumericCellValue()).isEqualTo(45.0);
            assertThat(kitchen.getCell(8).getNumericCellValue()).isEqualTo(88);
            assertThat(kitchen.getCell(9).getNumericCellValue()).isEqualTo(50.0);
            Row werkstatt = sheet.getRow(3);
            assertThat(werkstatt.getCell(2)).isNull();
            Row total = sheet.getRow(4);
            assertThat(total.getCell(1).getStringCellValue()).isEqualTo("TOTAL");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(89.4);
            assertThat(total.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(36.6);
        }
    }

    @Test
    @DisplayName("DC-19: the occupancy chart is well-formed SVG with a bar and percentage per month, month labels "
            + "and a y axis in percent")
    void dc19Chart() throws Exception {
        List<MisChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            YearMonth m = MAY.minusMonths(11 - i);
            bars.add(new MisChart.Bar(m.toString(), i == 3 ? null : BigDecimal.valueOf(50 + i * 6, 0)));
        }
        String svg = MisChart.svg("Total occupancy <test> & more", bars);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("&lt;test&gt; &amp; more");
        assertThat(svg.split("class=\"bar\"", -1)).hasSize(12);
        assertThat(svg.split("class=\"month\"", -1)).hasSize(13);
        assertThat(svg).contains(">2030-06</text>").contains(">2031-05</text>")
                .contains(">50 %</text>").contains(">116 %</text>").contains(">0 %</text>").contains(">125 %</text>")
                .contains(">–</text>");
    }
}
