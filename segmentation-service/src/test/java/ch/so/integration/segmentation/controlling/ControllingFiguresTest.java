package ch.so.integration.segmentation.controlling;

import static ch.so.integration.segmentation.controlling.Figures.row;
import static ch.so.integration.segmentation.controlling.Figures.suppressed;
import static ch.so.integration.segmentation.controlling.Figures.value;
import static ch.so.integration.segmentation.controlling.Histories.entitled;
import static ch.so.integration.segmentation.controlling.Histories.prevention;
import static ch.so.integration.segmentation.controlling.Histories.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;
import ch.so.integration.segmentation.effort.EffortKind;

class ControllingFiguresTest {

    static final LocalDate FROM = LocalDate.parse("2025-01-01");
    static final LocalDate TO = LocalDate.parse("2025-12-31");

    static ControllingReport report(List<CaseHistory> cases) {
        return ControllingFigures.of(FROM, TO, cases);
    }

    static ControllingReport report(String from, String to, List<CaseHistory> cases) {
        return ControllingFigures.of(LocalDate.parse(from), LocalDate.parse(to), cases);
    }

    @SafeVarargs
    static List<CaseHistory> all(List<CaseHistory>... groups) {
        List<CaseHistory> all = new ArrayList<>();
        for (List<CaseHistory> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    // ---- distribution -------------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-12 SG-11 distribution: cases per segment on the reference day, entitled and prevention apart")
    void sg12Distribution() {
        FigureTable figure = report(all(
                times(6, () -> entitled().decide("2025-10-01", Segment.A)),
                times(5, () -> prevention().decide("2025-10-01", Segment.A)),
                times(7, () -> entitled().decide("2025-08-01", Segment.O).review("2025-12-01", Segment.V)),
                times(9, () -> entitled().decide("2025-10-01", Segment.S)),
                // not in a segment on the reference day: detached, closed, still in intake
                times(5, () -> entitled().decide("2025-03-01", Segment.A).detach("2025-06-30")),
                times(5, () -> entitled().decide("2025-03-01", Segment.S).close("2025-11-30")),
                times(5, Histories::entitled))).figure(ControllingFigures.DISTRIBUTION);
        assertThat(value(figure, "A", "ENTITLED", "cases")).isEqualByComparingTo("6");
        assertThat(value(figure, "A", "PREVENTION", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "TOTAL", "cases")).isEqualByComparingTo("11");
        assertThat(value(figure, "V", "ENTITLED", "cases")).isEqualByComparingTo("7");
        assertThat(value(figure, "O", "TOTAL", "cases")).isEqualByComparingTo("0");
        assertThat(value(figure, "S", "ENTITLED", "cases")).isEqualByComparingTo("9");
        assertThat(value(figure, "TOTAL", "ENTITLED", "cases")).isEqualByComparingTo("22");
        assertThat(value(figure, "TOTAL", "PREVENTION", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "TOTAL", "TOTAL", "cases")).isEqualByComparingTo("27");
        assertThat(figure.rows()).noneMatch(FigureRow::suppressed);
        assertThat(figure.rows()).hasSize(5 * 3);
    }

    @Test
    @DisplayName("SG-12 distribution: a group of 3 is suppressed, and so are the cells it could be computed from")
    void sg12DistributionSuppressesSmallGroups() {
        FigureTable figure = report(all(
                times(6, () -> entitled().decide("2025-10-01", Segment.A)),
                times(5, () -> prevention().decide("2025-10-01", Segment.A)),
                times(7, () -> entitled().decide("2025-10-01", Segment.V)),
                times(3, () -> entitled().decide("2025-10-01", Segment.O)),
                times(8, () -> entitled().decide("2025-10-01", Segment.S)),
                times(6, () -> prevention().decide("2025-10-01", Segment.S)))).figure(ControllingFigures.DISTRIBUTION);
        assertThat(suppressed(figure, "O", "ENTITLED")).isTrue();
        assertThat(value(figure, "O", "ENTITLED", "cases")).isNull();
        assertThat(suppressed(figure, "O", "TOTAL")).isTrue();
        // the ENTITLED column total (24) is shown, so another ENTITLED cell must be hidden
        assertThat(value(figure, "TOTAL", "ENTITLED", "cases")).isEqualByComparingTo("24");
        assertThat(figure.rows().stream().filter(r -> r.dimensions().get("group").equals("ENTITLED")
                && !r.dimensions().get("segment").equals("TOTAL") && r.suppressed()).count()).isGreaterThan(1);
        assertNoLineRevealsOne(figure);
    }

    @Test
    @DisplayName("SG-12 distribution by assistance type and by region; by age band only when ages are known")
    void sg12DistributionByAttributes() {
        ControllingReport report = report(all(
                times(5, () -> entitled().region("Untergäu").decide("2025-10-01", Segment.V)),
                times(6, () -> entitled().region("Oberer Leberberg").assistance("ASYLUM")
                        .decide("2025-10-01", Segment.V))));
        FigureTable region = report.figure(ControllingFigures.DISTRIBUTION_BY_REGION);
        assertThat(value(region, "V", "Untergäu", "cases")).isEqualByComparingTo("5");
        assertThat(value(region, "V", "Oberer Leberberg", "cases")).isEqualByComparingTo("6");
        FigureTable assistance = report.figure(ControllingFigures.DISTRIBUTION_BY_ASSISTANCE);
        assertThat(value(assistance, "V", "REGULAR", "cases")).isEqualByComparingTo("5");
        assertThat(value(assistance, "V", "ASYLUM", "cases")).isEqualByComparingTo("6");
        assertThat(report.figure(ControllingFigures.DISTRIBUTION_BY_AGE)).isNull();
        assertThat(report.notes()).anyMatch(n -> n.contains("No date of birth"));

        FigureTable age = report(all(
                times(5, () -> entitled().age(AgeBand.UNDER_25).decide("2025-10-01", Segment.V)),
                times(2, () -> entitled().age(AgeBand.FROM_55).decide("2025-10-01", Segment.V)),
                times(5, () -> entitled().decide("2025-10-01", Segment.V))))
                .figure(ControllingFigures.DISTRIBUTION_BY_AGE);
        assertThat(suppressed(age, "V", "55+")).isTrue();
        // the complement in row V: the first of the smallest other cells
        assertThat(suppressed(age, "V", "18-24")).isTrue();
        assertThat(value(age, "V", "UNKNOWN", "cases")).isEqualByComparingTo("5");
        assertThat(value(age, "V", "TOTAL", "cases")).isEqualByComparingTo("12");
        assertThat(value(age, "V", "25-34", "cases")).isEqualByComparingTo("0");
        assertNoLineRevealsOne(age);
    }

    @Test
    @DisplayName("SG-12 linked tables: the cases per segment hidden in the distribution are hidden by region too")
    void sg12LinkedDistributions() {
        ControllingReport report = report(all(
                times(3, () -> entitled().region("R1").decide("2025-10-01", Segment.A)),
                times(6, () -> prevention().region("R1").decide("2025-10-01", Segment.A)),
                times(3, () -> entitled().region("R1").decide("2025-10-01", Segment.V)),
                times(3, () -> entitled().region("R2").decide("2025-10-01", Segment.V)),
                times(8, () -> entitled().region("R1").decide("2025-10-01", Segment.S))));
        FigureTable distribution = report.figure(ControllingFigures.DISTRIBUTION);
        FigureTable region = report.figure(ControllingFigures.DISTRIBUTION_BY_REGION);
        FigureTable assistance = report.figure(ControllingFigures.DISTRIBUTION_BY_ASSISTANCE);
        // the distribution hides A ENTITLED (3), then V ENTITLED (6) as its complement, then V's total, since V has
        // no prevention case. On its own the region table would show V's total (two hidden groups of 3 by region):
        // V ENTITLED = 6 - 0, and A ENTITLED = 17 - 6 - 8 = 3.
        assertThat(suppressed(distribution, "A", "ENTITLED")).isTrue();
        assertThat(suppressed(distribution, "V", "TOTAL")).isTrue();
        assertThat(suppressed(region, "V", "TOTAL")).isTrue();
        for (String segment : List.of("A", "V", "O", "S", "TOTAL")) {
            boolean hidden = suppressed(distribution, segment, "TOTAL");
            assertThat(suppressed(region, segment, "TOTAL")).as(segment).isEqualTo(hidden);
            assertThat(suppressed(assistance, segment, "TOTAL")).as(segment).isEqualTo(hidden);
        }
        for (FigureTable figure : List.of(distribution, region, assistance)) {
            assertNoLineRevealsOne(figure);
        }
    }

    @Test
    @DisplayName("SG-12 linked tables: effort per segment over the period is hidden alike per segment and per month")
    void sg12LinkedEffortTables() {
        ControllingReport report = report("2025-03-01", "2025-04-30", all(
                times(6, () -> entitled().decide("2025-02-01", Segment.V).effort("2025-03-03", EffortKind.CASE_WORK, 60)),
                times(3, () -> prevention().decide("2025-02-01", Segment.V).effort("2025-03-03", EffortKind.CASE_WORK, 60)),
                times(7, () -> entitled().decide("2025-02-01", Segment.S).effort("2025-04-03", EffortKind.CASE_WORK, 30))));
        FigureTable perSegment = report.figure(ControllingFigures.EFFORT_PER_SEGMENT);
        FigureTable perMonth = report.figure(ControllingFigures.EFFORT_PER_MONTH);
        assertThat(suppressed(perSegment, "V", "PREVENTION")).isTrue();
        for (String segment : List.of("A", "V", "O", "S", "TOTAL")) {
            assertThat(suppressed(perMonth, "TOTAL", segment)).as(segment)
                    .isEqualTo(suppressed(perSegment, segment, "TOTAL"));
        }
        assertNoLineRevealsOne(perSegment);
        assertNoLineRevealsOne(perMonth);
    }

    @Test
    @DisplayName("SG-12 age bands replace the date of birth: ten-year bands on the reference day")
    void sg12AgeBands() {
        LocalDate on = LocalDate.parse("2025-12-31");
        assertThat(AgeBand.of(LocalDate.parse("2001-01-01"), on)).isEqualTo(AgeBand.UNDER_25);
        assertThat(AgeBand.of(LocalDate.parse("2000-12-31"), on)).isEqualTo(AgeBand.FROM_25);
        assertThat(AgeBand.of(LocalDate.parse("1991-01-01"), on)).isEqualTo(AgeBand.FROM_25);
        assertThat(AgeBand.of(LocalDate.parse("1990-12-31"), on)).isEqualTo(AgeBand.FROM_35);
        assertThat(AgeBand.of(LocalDate.parse("1980-12-31"), on)).isEqualTo(AgeBand.FROM_45);
        assertThat(AgeBand.of(LocalDate.parse("1970-12-31"), on)).isEqualTo(AgeBand.FROM_55);
        assertThat(AgeBand.FROM_55.label()).isEqualTo("55+");
    }

    // ---- transitions --------------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-12 SG-08 transition matrix: initial segmentation, segment kept at a review, changed, detached")
    void sg12Transitions() {
        FigureTable figure = report(all(
                times(5, () -> entitled().decide("2025-02-01", Segment.O).review("2025-07-15", Segment.V)),
                times(5, () -> prevention().decide("2025-02-01", Segment.A).review("2025-07-15", Segment.A)
                        .detach("2025-09-30")),
                // decided before the period: no initial segmentation in it, but the move O -> S in it
                times(6, () -> entitled().decide("2024-10-01", Segment.O).review("2025-03-01", Segment.S))))
                .figure(ControllingFigures.TRANSITIONS);
        assertThat(value(figure, "INITIAL", "O", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "INITIAL", "A", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "O", "V", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "O", "S", "cases")).isEqualByComparingTo("6");
        assertThat(value(figure, "A", "A", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "DETACHED", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "INITIAL", "TOTAL", "cases")).isEqualByComparingTo("10");
        assertThat(value(figure, "O", "TOTAL", "cases")).isEqualByComparingTo("11");
        assertThat(value(figure, "TOTAL", "TOTAL", "cases")).isEqualByComparingTo("31");
        assertThat(value(figure, "V", "S", "cases")).isEqualByComparingTo("0");
        assertThat(figure.rows()).noneMatch(FigureRow::suppressed);
    }

    @Test
    @DisplayName("SG-12 transitions: decisions after the detachment do not count, a move made by 2 cases is hidden")
    void sg12TransitionsSmallMoves() {
        FigureTable figure = report(all(
                times(8, () -> entitled().decide("2025-02-01", Segment.O).review("2025-07-15", Segment.V)),
                times(2, () -> entitled().decide("2025-02-01", Segment.O).review("2025-07-15", Segment.S)),
                times(5, () -> entitled().decide("2025-02-01", Segment.A).detach("2025-05-01")
                        .decide("2025-06-01", Segment.V))))
                .figure(ControllingFigures.TRANSITIONS);
        assertThat(suppressed(figure, "O", "S")).isTrue();
        assertThat(suppressed(figure, "O", "V")).as("complement in row O").isTrue();
        assertThat(value(figure, "A", "V", "cases")).isEqualByComparingTo("0");
        assertThat(value(figure, "A", "DETACHED", "cases")).isEqualByComparingTo("5");
        assertNoLineRevealsOne(figure);
    }

    @Test
    @DisplayName("SG-12 accuracy of segment decisions: how often the first review keeps the initial segment")
    void sg12FirstReview() {
        FigureTable figure = report(all(
                times(6, () -> entitled().decide("2025-01-10", Segment.O).review("2025-07-01", Segment.O)
                        .review("2025-12-01", Segment.V)),
                times(5, () -> entitled().decide("2025-01-10", Segment.O).review("2025-07-01", Segment.S)),
                times(5, () -> prevention().decide("2025-01-10", Segment.A).review("2025-06-01", Segment.A)),
                times(5, () -> prevention().decide("2025-01-10", Segment.A).review("2025-06-01", Segment.O)),
                // first review before the period: not counted
                times(5, () -> entitled().decide("2024-01-10", Segment.V).review("2024-07-01", Segment.V)
                        .review("2025-01-05", Segment.S)))).figure(ControllingFigures.FIRST_REVIEW);
        assertThat(value(figure, "O", "ENTITLED", "reviewed")).isEqualByComparingTo("11");
        assertThat(value(figure, "O", "ENTITLED", "kept")).isEqualByComparingTo("6");
        assertThat(value(figure, "O", "ENTITLED", "changed")).isEqualByComparingTo("5");
        assertThat(value(figure, "O", "ENTITLED", "keptPercent")).isEqualByComparingTo("54.5");
        assertThat(value(figure, "A", "PREVENTION", "keptPercent")).isEqualByComparingTo("50.0");
        assertThat(value(figure, "V", "TOTAL", "reviewed")).isEqualByComparingTo("0");
        assertThat(value(figure, "TOTAL", "TOTAL", "reviewed")).isEqualByComparingTo("21");
    }

    // ---- time in segment ----------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-12 time in segment: median and mean days of the stays completed in the period")
    void sg12TimeInSegment() {
        List<CaseHistory> cases = new ArrayList<>();
        for (int days : new int[] {30, 40, 50, 60, 70, 100, 100}) {
            LocalDate start = LocalDate.parse("2025-02-01");
            cases.add(entitled().decide(start.toString(), Segment.O)
                    .review(start.plusDays(days).toString(), Segment.V).build());
        }
        // a review that keeps the segment does not end the stay: 2025-02-01 to the detachment 2025-09-30
        cases.addAll(times(5, () -> prevention().decide("2025-02-01", Segment.A).review("2025-07-15", Segment.A)
                .detach("2025-09-30")));
        // ended before the period: not counted
        cases.addAll(times(5, () -> entitled().decide("2024-02-01", Segment.S).close("2024-12-31")));
        FigureTable figure = report(cases).figure(ControllingFigures.TIME_IN_SEGMENT);
        assertThat(value(figure, "O", "ENTITLED", "stays")).isEqualByComparingTo("7");
        assertThat(value(figure, "O", "ENTITLED", "medianDays")).isEqualByComparingTo("60");
        assertThat(value(figure, "O", "ENTITLED", "meanDays")).isEqualByComparingTo("64.3");
        assertThat(value(figure, "A", "PREVENTION", "stays")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "PREVENTION", "medianDays")).isEqualByComparingTo("241");
        assertThat(value(figure, "S", "TOTAL", "stays")).isEqualByComparingTo("0");
        assertThat(value(figure, "S", "TOTAL", "medianDays")).isNull();
        assertThat(value(figure, "TOTAL", "TOTAL", "stays")).isEqualByComparingTo("12");
    }

    @Test
    @DisplayName("SG-12 stays: consecutive decisions with the same segment merge; a stay ends at the detachment")
    void sg12Stays() {
        CaseHistory history = entitled().decide("2025-01-10", Segment.O).review("2025-06-01", Segment.O)
                .review("2025-09-01", Segment.V).detach("2025-11-15").decide("2025-12-01", Segment.S).build();
        assertThat(history.stays()).containsExactly(
                new CaseHistory.Stay(Segment.O, LocalDate.parse("2025-01-10"), LocalDate.parse("2025-09-01")),
                new CaseHistory.Stay(Segment.V, LocalDate.parse("2025-09-01"), LocalDate.parse("2025-11-15")));
        assertThat(history.segmentOn(LocalDate.parse("2025-01-09"))).isEmpty();
        assertThat(history.segmentOn(LocalDate.parse("2025-08-31"))).contains(Segment.O);
        assertThat(history.segmentOn(LocalDate.parse("2025-11-14"))).contains(Segment.V);
        assertThat(history.segmentOn(LocalDate.parse("2025-11-15"))).isEmpty();
        CaseHistory closed = entitled().decide("2025-01-10", Segment.S).close("2025-03-31").build();
        assertThat(closed.segmentOn(LocalDate.parse("2025-03-31"))).contains(Segment.S);
        assertThat(closed.segmentOn(LocalDate.parse("2025-04-01"))).isEmpty();
    }

    // ---- review periodicity -------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-12 SG-04 review periodicity: held on or before the day the decision is valid until is kept")
    void sg12ReviewPeriodicityKept() {
        FigureTable figure = report(all(
                times(4, () -> entitled().decide("2025-01-10", Segment.A).review("2025-07-01", Segment.A)),
                // on the last valid day still counts
                times(1, () -> entitled().decide("2025-01-10", Segment.A).review("2025-07-10", Segment.A)),
                times(5, () -> entitled().decide("2025-01-10", Segment.A).review("2025-07-20", Segment.V)),
                // left assistance before the review was due: no review due
                times(3, () -> entitled().decide("2025-01-10", Segment.A).detach("2025-05-01"))))
                .figure(ControllingFigures.REVIEW_PERIODICITY);
        assertThat(value(figure, "A", "ENTITLED", "due")).isEqualByComparingTo("10");
        assertThat(value(figure, "A", "ENTITLED", "kept")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "ENTITLED", "missed")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "ENTITLED", "keptPercent")).isEqualByComparingTo("50.0");
        // (4 x 172 + 181 + 5 x 191) / 10 days from the decision to the review
        assertThat(value(figure, "A", "ENTITLED", "meanDaysToReview")).isEqualByComparingTo("182.4");
        // the reviews' own decisions are due in 2026: not in the period
        assertThat(value(figure, "V", "TOTAL", "due")).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("SG-12 SG-04 review periodicity: a shorter validity is the deadline; a review never held is missed")
    void sg12ReviewPeriodicityValidityAndMissing() {
        FigureTable figure = report(all(
                times(5, () -> entitled().decide("2025-03-01", Segment.O, "2025-06-01").review("2025-06-15", Segment.O)),
                times(5, () -> prevention().decide("2025-03-01", Segment.O))))
                .figure(ControllingFigures.REVIEW_PERIODICITY);
        // the first decision's review came late; the review's own decision (due 2025-12-15) is not reviewed
        assertThat(value(figure, "O", "ENTITLED", "due")).isEqualByComparingTo("10");
        assertThat(value(figure, "O", "ENTITLED", "kept")).isEqualByComparingTo("0");
        assertThat(value(figure, "O", "ENTITLED", "meanDaysToReview")).isEqualByComparingTo("106");
        assertThat(value(figure, "O", "PREVENTION", "missed")).isEqualByComparingTo("5");
        assertThat(value(figure, "O", "PREVENTION", "meanDaysToReview")).isNull();
        assertThat(value(figure, "O", "TOTAL", "keptPercent")).isEqualByComparingTo("0.0");
    }

    @Test
    @DisplayName("SG-12 review periodicity: a rate that reveals 1 missed review of 6 is suppressed")
    void sg12ReviewPeriodicitySmallRest() {
        FigureTable figure = report(all(
                times(5, () -> entitled().decide("2025-01-10", Segment.V).review("2025-07-01", Segment.V)),
                times(1, () -> entitled().decide("2025-01-10", Segment.V)),
                times(6, () -> prevention().decide("2025-01-10", Segment.V).review("2025-07-01", Segment.V))))
                .figure(ControllingFigures.REVIEW_PERIODICITY);
        assertThat(suppressed(figure, "V", "ENTITLED")).isTrue();
        assertThat(value(figure, "V", "ENTITLED", "keptPercent")).isNull();
        assertNoLineRevealsOne(figure);
    }

    // ---- detachment ---------------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-11 detachment rate per segment, entitled and prevention cases separately")
    void sg11DetachmentRate() {
        FigureTable figure = report(all(
                times(5, () -> entitled().decide("2025-02-01", Segment.A).detach("2025-06-01")),
                times(5, () -> entitled().decide("2025-02-01", Segment.A)),
                times(6, () -> prevention().decide("2025-02-01", Segment.A).detach("2025-05-01")),
                // counted in the last segment of the period: V
                times(5, () -> prevention().decide("2025-02-01", Segment.O).review("2025-06-01", Segment.V)
                        .detach("2025-10-01")),
                times(5, () -> prevention().decide("2025-02-01", Segment.O).review("2025-06-01", Segment.V)),
                // detached before the period: not in a segment during it
                times(5, () -> entitled().decide("2024-02-01", Segment.A).detach("2024-06-01"))))
                .figure(ControllingFigures.DETACHMENT);
        assertThat(value(figure, "A", "ENTITLED", "cases")).isEqualByComparingTo("10");
        assertThat(value(figure, "A", "ENTITLED", "detached")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "ENTITLED", "detachmentPercent")).isEqualByComparingTo("50.0");
        assertThat(value(figure, "A", "PREVENTION", "detachmentPercent")).isEqualByComparingTo("100.0");
        assertThat(value(figure, "V", "PREVENTION", "cases")).isEqualByComparingTo("10");
        assertThat(value(figure, "V", "PREVENTION", "detachmentPercent")).isEqualByComparingTo("50.0");
        assertThat(value(figure, "O", "PREVENTION", "cases")).isEqualByComparingTo("0");
        assertThat(value(figure, "TOTAL", "PREVENTION", "detached")).isEqualByComparingTo("11");
        // 16 of 26
        assertThat(value(figure, "TOTAL", "TOTAL", "detachmentPercent")).isEqualByComparingTo("61.5");
    }

    @Test
    @DisplayName("SG-11 a detachment rate that reveals 2 detached prevention cases is suppressed")
    void sg11DetachmentSmallGroup() {
        FigureTable figure = report(all(
                times(2, () -> prevention().decide("2025-02-01", Segment.V).detach("2025-06-01")),
                times(8, () -> prevention().decide("2025-02-01", Segment.V)),
                times(9, () -> entitled().decide("2025-02-01", Segment.V)),
                times(7, () -> entitled().decide("2025-02-01", Segment.S).detach("2025-04-01")),
                times(6, () -> prevention().decide("2025-02-01", Segment.S))))
                .figure(ControllingFigures.DETACHMENT);
        assertThat(suppressed(figure, "V", "PREVENTION")).isTrue();
        assertThat(value(figure, "V", "PREVENTION", "detachmentPercent")).isNull();
        assertNoLineRevealsOne(figure);
    }

    // ---- effort -------------------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-12 monthly effort per person per segment: hours / person-months, without intake effort")
    void sg12EffortPerSegment() {
        FigureTable figure = report("2025-03-01", "2025-03-31", all(
                times(5, () -> entitled().decide("2025-02-01", Segment.A)
                        .effort("2025-03-03", EffortKind.CASE_WORK, 60)
                        .effort("2025-03-20", EffortKind.REVIEW, 60)
                        .effort("2025-03-05", EffortKind.INTAKE, 90)
                        .effort("2025-04-02", EffortKind.CASE_WORK, 500)),
                // no effort recorded: does not dilute the figures
                times(3, () -> entitled().decide("2025-02-01", Segment.A))))
                .figure(ControllingFigures.EFFORT_PER_SEGMENT);
        assertThat(value(figure, "A", "ENTITLED", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "A", "ENTITLED", "personMonths")).isEqualByComparingTo("5.00");
        assertThat(value(figure, "A", "ENTITLED", "hours")).isEqualByComparingTo("10.0");
        assertThat(value(figure, "A", "ENTITLED", "hoursPerPersonMonth")).isEqualByComparingTo("2.0");
        assertThat(value(figure, "V", "ENTITLED", "hoursPerPersonMonth")).isNull();
    }

    @Test
    @DisplayName("SG-12 effort per month and segment: a case changing segment mid-month counts in both, by days")
    void sg12EffortPerMonth() {
        FigureTable figure = report("2025-03-01", "2025-04-30", all(
                times(5, () -> entitled().decide("2025-02-01", Segment.A).review("2025-03-16", Segment.V)
                        .effort("2025-03-10", EffortKind.CASE_WORK, 62)
                        .effort("2025-03-20", EffortKind.CASE_WORK, 64)
                        .effort("2025-04-10", EffortKind.GOAL_AGREEMENT, 90))))
                .figure(ControllingFigures.EFFORT_PER_MONTH);
        // A: 15 of 31 days, 5 x 62 min; V: 16 of 31 days, 5 x 64 min
        assertThat(value(figure, "2025-03", "A", "personMonths")).isEqualByComparingTo("2.42");
        assertThat(value(figure, "2025-03", "A", "hours")).isEqualByComparingTo("5.2");
        assertThat(value(figure, "2025-03", "A", "hoursPerPersonMonth")).isEqualByComparingTo("2.1");
        assertThat(value(figure, "2025-03", "V", "personMonths")).isEqualByComparingTo("2.58");
        assertThat(value(figure, "2025-03", "V", "hoursPerPersonMonth")).isEqualByComparingTo("2.1");
        assertThat(value(figure, "2025-04", "V", "personMonths")).isEqualByComparingTo("5.00");
        assertThat(value(figure, "2025-04", "V", "hoursPerPersonMonth")).isEqualByComparingTo("1.5");
        assertThat(value(figure, "2025-03", "TOTAL", "personMonths")).isEqualByComparingTo("5.00");
        assertThat(value(figure, "TOTAL", "V", "hours")).isEqualByComparingTo("12.8");
        assertThat(value(figure, "TOTAL", "TOTAL", "cases")).isEqualByComparingTo("5");
    }

    @Test
    @DisplayName("SG-12 effort of intake and short assessment per case opened in the period, SG-11 groups apart")
    void sg12IntakeEffort() {
        FigureTable figure = report(all(
                times(5, () -> entitled().opened("2025-02-01").effort("2025-02-01", EffortKind.INTAKE, 120)
                        .effort("2025-02-10", EffortKind.SHORT_ASSESSMENT, 60)
                        .effort("2025-03-10", EffortKind.CASE_WORK, 600)),
                times(5, () -> prevention().opened("2025-02-01").effort("2025-02-01", EffortKind.INTAKE, 60)),
                // opened before the period
                times(5, () -> entitled().opened("2024-12-01").effort("2024-12-01", EffortKind.INTAKE, 600))))
                .figure(ControllingFigures.INTAKE_EFFORT);
        assertThat(value(figure, "INTAKE", "ENTITLED", "hoursPerCase")).isEqualByComparingTo("2.0");
        assertThat(value(figure, "SHORT_ASSESSMENT", "ENTITLED", "hours")).isEqualByComparingTo("5.0");
        assertThat(value(figure, "SHORT_ASSESSMENT", "PREVENTION", "hoursPerCase")).isEqualByComparingTo("0.0");
        assertThat(value(figure, "TOTAL", "ENTITLED", "cases")).isEqualByComparingTo("5");
        assertThat(value(figure, "TOTAL", "ENTITLED", "hoursPerCase")).isEqualByComparingTo("3.0");
        assertThat(value(figure, "TOTAL", "TOTAL", "cases")).isEqualByComparingTo("10");
        assertThat(value(figure, "TOTAL", "TOTAL", "hours")).isEqualByComparingTo("20.0");
        assertThat(value(figure, "TOTAL", "TOTAL", "hoursPerCase")).isEqualByComparingTo("2.0");
    }

    @Test
    @DisplayName("SG-12 intake effort of 4 prevention cases is hidden, and the entitled column with it")
    void sg12IntakeEffortSmallGroup() {
        FigureTable figure = report(all(
                times(6, () -> entitled().opened("2025-02-01").effort("2025-02-01", EffortKind.INTAKE, 120)),
                times(4, () -> prevention().opened("2025-02-01").effort("2025-02-01", EffortKind.INTAKE, 60))))
                .figure(ControllingFigures.INTAKE_EFFORT);
        assertThat(suppressed(figure, "INTAKE", "PREVENTION")).isTrue();
        assertThat(suppressed(figure, "TOTAL", "PREVENTION")).isTrue();
        // else PREVENTION = TOTAL - ENTITLED
        assertThat(suppressed(figure, "INTAKE", "ENTITLED")).isTrue();
        assertThat(value(figure, "TOTAL", "TOTAL", "hours")).isEqualByComparingTo("16.0");
        assertNoLineRevealsOne(figure);
    }

    // ---- anonymity ----------------------------------------------------------------------------------------------

    @Test
    @DisplayName("SG-12 the figures hold only category labels: segments, groups, bands, months, regions, types")
    void sg12OnlyCategoryLabels() {
        ControllingReport report = report(all(
                times(5, () -> entitled().age(AgeBand.FROM_35).decide("2025-02-01", Segment.O)
                        .review("2025-07-01", Segment.V).effort("2025-03-01", EffortKind.CASE_WORK, 30)),
                times(5, () -> prevention().decide("2025-02-01", Segment.A).detach("2025-05-01")
                        .effort("2025-02-01", EffortKind.INTAKE, 30))));
        Set<String> allowed = new HashSet<>(List.of("A", "V", "O", "S", "TOTAL", "ENTITLED", "PREVENTION", "INITIAL",
                "DETACHED", "UNKNOWN", "INTAKE", "SHORT_ASSESSMENT", "REGULAR", "ASYLUM", "Untergäu"));
        for (AgeBand band : AgeBand.values()) {
            allowed.add(band.label());
        }
        for (int m = 1; m <= 12; m++) {
            allowed.add(String.format("2025-%02d", m));
        }
        assertThat(report.figures()).hasSize(ControllingFigures.NAMES.size());
        for (FigureTable figure : report.figures()) {
            for (FigureRow row : figure.rows()) {
                assertThat(allowed).as(figure.name()).containsAll(row.dimensions().values());
            }
        }
    }

    /** No line of the figure's grid (a row or column with its total) has exactly one suppressed cell. */
    static void assertNoLineRevealsOne(FigureTable figure) {
        String rowDimension = figure.dimensions().get(0);
        String columnDimension = figure.dimensions().get(1);
        for (String dimension : List.of(rowDimension, columnDimension)) {
            Set<String> keys = new HashSet<>();
            figure.rows().forEach(r -> keys.add(r.dimensions().get(dimension)));
            for (String key : keys) {
                long hidden = figure.rows().stream().filter(r -> r.dimensions().get(dimension).equals(key))
                        .filter(FigureRow::suppressed).count();
                assertThat(hidden).as(figure.name() + " " + dimension + "=" + key).isNotEqualTo(1);
            }
        }
        assertThat(row(figure, "TOTAL", "TOTAL")).isNotNull();
    }
}
