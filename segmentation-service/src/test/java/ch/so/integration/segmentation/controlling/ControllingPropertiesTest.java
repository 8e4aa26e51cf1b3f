package ch.so.integration.segmentation.controlling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;
import ch.so.integration.segmentation.effort.EffortKind;

/** SG-12 suppression over many random case populations: what is shown never names a group of 1 to 4 cases. */
class ControllingPropertiesTest {

    static final Set<String> COUNTS = Set.of("cases", "stays", "due", "kept", "missed", "reviewed", "changed",
            "detached");
    static final LocalDate FROM = LocalDate.parse("2025-01-01");
    static final LocalDate TO = LocalDate.parse("2025-12-31");

    static List<CaseHistory> population(Random random) {
        List<CaseHistory> cases = new ArrayList<>();
        int n = 5 + random.nextInt(60);
        Segment[] segments = Segment.values();
        for (int i = 0; i < n; i++) {
            Histories h = random.nextInt(3) == 0 ? Histories.prevention() : Histories.entitled();
            h.region(random.nextBoolean() ? "Untergäu" : "Thal")
                    .assistance(random.nextInt(4) == 0 ? "ASYLUM" : "REGULAR");
            if (random.nextInt(3) > 0) {
                h.age(AgeBand.values()[random.nextInt(AgeBand.values().length)]);
            }
            LocalDate opened = FROM.minusDays(200).plusDays(random.nextInt(450));
            h.opened(opened.toString());
            h.effort(opened.toString(), EffortKind.INTAKE, 30 + random.nextInt(120));
            if (random.nextBoolean()) {
                h.effort(opened.plusDays(2).toString(), EffortKind.SHORT_ASSESSMENT, 30 + random.nextInt(90));
            }
            LocalDate day = opened.plusDays(7);
            int decisions = random.nextInt(4);
            for (int d = 0; d < decisions; d++) {
                Segment segment = segments[random.nextInt(segments.length)];
                if (d == 0) {
                    h.decide(day.toString(), segment);
                } else {
                    h.review(day.toString(), segment);
                }
                for (int e = 0; e < random.nextInt(4); e++) {
                    h.effort(day.plusDays(random.nextInt(150)).toString(), EffortKind.CASE_WORK,
                            15 + random.nextInt(120));
                }
                day = day.plusDays(60 + random.nextInt(160));
            }
            if (decisions > 0 && random.nextInt(4) == 0) {
                h.detach(day.minusDays(random.nextInt(50)).toString());
            }
            cases.add(h.build());
        }
        return cases;
    }

    @Test
    @DisplayName("SG-12 random populations: no shown count is 1 to 4, no rate leaves a rest of 1 to 4, no line "
            + "reveals a hidden cell, linked tables hide alike")
    void sg12RandomPopulations() {
        Random random = new Random(1112);
        long hidden = 0;
        long shown = 0;
        for (int run = 0; run < 300; run++) {
            ControllingReport report = ControllingFigures.of(FROM, TO, population(random));
            for (FigureTable figure : report.figures()) {
                for (FigureRow row : figure.rows()) {
                    if (row.suppressed()) {
                        assertThat(row.values().values()).containsOnlyNulls();
                        hidden++;
                        continue;
                    }
                    shown++;
                    for (String measure : figure.measures()) {
                        BigDecimal value = row.values().get(measure);
                        if (COUNTS.contains(measure)) {
                            assertThat(Suppression.small(value.longValue()))
                                    .as(figure.name() + " " + row.dimensions() + " " + measure + " = " + value)
                                    .isFalse();
                        }
                    }
                    if (figure.name().equals(ControllingFigures.DETACHMENT)) {
                        long rest = row.values().get("cases").longValue() - row.values().get("detached").longValue();
                        assertThat(Suppression.small(rest)).as(figure.name() + " " + row.dimensions()).isFalse();
                    }
                }
                ControllingFiguresTest.assertNoLineRevealsOne(figure);
            }
            FigureTable distribution = report.figure(ControllingFigures.DISTRIBUTION);
            FigureTable region = report.figure(ControllingFigures.DISTRIBUTION_BY_REGION);
            FigureTable perSegment = report.figure(ControllingFigures.EFFORT_PER_SEGMENT);
            FigureTable perMonth = report.figure(ControllingFigures.EFFORT_PER_MONTH);
            for (String segment : List.of("A", "V", "O", "S", "TOTAL")) {
                assertThat(Figures.suppressed(region, segment, "TOTAL"))
                        .isEqualTo(Figures.suppressed(distribution, segment, "TOTAL"));
                assertThat(Figures.suppressed(perMonth, "TOTAL", segment))
                        .isEqualTo(Figures.suppressed(perSegment, segment, "TOTAL"));
            }
        }
        // the populations exercise both: cells hidden and cells shown
        assertThat(hidden).isGreaterThan(1000);
        assertThat(shown).isGreaterThan(1000);
    }

    @Test
    @DisplayName("SG-12 random tables: in every line with its total shown, the hidden cells together hold 0 or at "
            + "least 5 cases, and no line has exactly one hidden element")
    void sg12HiddenCellsOfALineHoldNoneOrAtLeastFive() {
        Random random = new Random(1213);
        long hiddenLines = 0;
        for (int run = 0; run < 2000; run++) {
            int rows = 2 + random.nextInt(5);
            int cols = 2 + random.nextInt(5);
            long[][] size = new long[rows + 1][cols + 1];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    size[r][c] = random.nextInt(3) == 0 ? 0 : random.nextInt(4) == 0 ? 1 + random.nextInt(4)
                            : random.nextInt(12);
                    size[r][cols] += size[r][c];
                    size[rows][c] += size[r][c];
                    size[rows][cols] += size[r][c];
                }
            }
            boolean[][] primary = new boolean[rows + 1][cols + 1];
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= cols; c++) {
                    primary[r][c] = Suppression.small(size[r][c]);
                }
            }
            boolean[][] hidden = Suppression.complementary(size, primary);
            for (int r = 0; r <= rows; r++) {
                for (int c = 0; c <= cols; c++) {
                    if (primary[r][c]) {
                        assertThat(hidden[r][c]).isTrue();
                    }
                }
            }
            for (int line = 0; line <= rows + cols + 1; line++) {
                boolean isRow = line <= rows;
                int index = isRow ? line : line - rows - 1;
                int length = isRow ? cols : rows;
                long sum = 0;
                int count = 0;
                for (int i = 0; i <= length; i++) {
                    boolean h = isRow ? hidden[index][i] : hidden[i][index];
                    if (h) {
                        count++;
                        if (i < length) {
                            sum += isRow ? size[index][i] : size[i][index];
                        }
                    }
                }
                boolean totalShown = !(isRow ? hidden[index][length] : hidden[length][index]);
                assertThat(count).as("run %d line %d", run, line).isNotEqualTo(1);
                if (totalShown) {
                    assertThat(Suppression.small(sum)).as("run %d line %d: hidden cells hold %d", run, line, sum)
                            .isFalse();
                    if (count > 0) {
                        hiddenLines++;
                    }
                }
            }
        }
        assertThat(hiddenLines).isGreaterThan(1000);
    }
}
