package ch.so.integration.segmentation.controlling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import ch.so.integration.segmentation.controlling.CaseHistory.Decision;
import ch.so.integration.segmentation.controlling.CaseHistory.Effort;
import ch.so.integration.segmentation.controlling.CaseHistory.Stay;
import ch.so.integration.segmentation.controlling.Grid.Acc;
import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureTable;
import ch.so.integration.segmentation.effort.EffortKind;

/**
 * SG-11/SG-12: the figures for the pilot questions, computed from anonymous case histories. Pure: same histories and
 * period, same figures. Every figure is a table with totals, suppressed by {@link Suppression}.
 */
public final class ControllingFigures {

    public static final String DISTRIBUTION = "distribution";
    public static final String DISTRIBUTION_BY_AGE = "distribution-by-age";
    public static final String DISTRIBUTION_BY_ASSISTANCE = "distribution-by-assistance";
    public static final String DISTRIBUTION_BY_REGION = "distribution-by-region";
    public static final String TRANSITIONS = "transitions";
    public static final String FIRST_REVIEW = "first-review";
    public static final String TIME_IN_SEGMENT = "time-in-segment";
    public static final String REVIEW_PERIODICITY = "review-periodicity";
    public static final String DETACHMENT = "detachment";
    public static final String EFFORT_PER_SEGMENT = "effort-per-segment";
    public static final String EFFORT_PER_MONTH = "effort-per-month";
    public static final String INTAKE_EFFORT = "intake-effort";

    public static final List<String> NAMES = List.of(DISTRIBUTION, DISTRIBUTION_BY_AGE,
            DISTRIBUTION_BY_ASSISTANCE, DISTRIBUTION_BY_REGION, TRANSITIONS, FIRST_REVIEW,
            TIME_IN_SEGMENT, REVIEW_PERIODICITY, DETACHMENT, EFFORT_PER_SEGMENT, EFFORT_PER_MONTH, INTAKE_EFFORT);

    static final String INITIAL = "INITIAL";
    static final String DETACHED = "DETACHED";
    static final String UNKNOWN = "UNKNOWN";
    static final String SEGMENT = "segment";
    static final String GROUP = "group";

    private static final List<String> SEGMENTS = Arrays.stream(Segment.values()).map(Enum::name).toList();
    /** The segments and their total: the keys of what linked tables share. */
    private static final List<String> SEGMENT_KEYS = Stream.concat(SEGMENTS.stream(), Stream.of(Grid.TOTAL)).toList();
    private static final List<String> GROUPS = Arrays.stream(Entitlement.values()).map(Enum::name).toList();
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);

    private final LocalDate from;
    private final LocalDate to;
    private final List<CaseHistory> cases;
    /** A case's position in the list: the only way a grid tells cases apart (by identity, not by content). */
    private final Map<CaseHistory, Integer> positions = new IdentityHashMap<>();

    private ControllingFigures(LocalDate from, LocalDate to, List<CaseHistory> cases) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to before from");
        }
        this.from = from;
        this.to = to;
        this.cases = List.copyOf(cases);
        for (int i = 0; i < this.cases.size(); i++) {
            positions.put(this.cases.get(i), i);
        }
    }

    /** All figures for the period {@code from} to {@code to} (both inclusive). */
    public static ControllingReport of(LocalDate from, LocalDate to, List<CaseHistory> cases) {
        ControllingFigures figures = new ControllingFigures(from, to, cases);
        List<FigureTable> tables = new ArrayList<>();
        List<Pending> distributions = new ArrayList<>(List.of(figures.distribution()));
        boolean ageKnown = cases.stream().anyMatch(c -> c.ageBand() != null);
        if (ageKnown) {
            distributions.add(figures.distributionByAge());
        }
        distributions.add(figures.distributionByAssistance());
        distributions.add(figures.distributionByRegion());
        // the distributions all show the cases per segment (their TOTAL column): hidden in one, hidden in all
        tables.addAll(jointly(distributions, segment -> new Grid.Key(segment, Grid.TOTAL)));
        tables.add(figures.transitions());
        tables.add(figures.firstReview());
        tables.add(figures.timeInSegment());
        tables.add(figures.reviewPeriodicity());
        tables.add(figures.detachment());
        // the effort per segment over the period is the TOTAL column of one table and the TOTAL row of the other
        Pending perSegment = figures.effortPerSegment();
        Pending perMonth = figures.effortPerMonth();
        List<boolean[][]> hidden = Grid.suppressJointly(List.of(
                perSegment.linked(segment -> new Grid.Key(segment, Grid.TOTAL)),
                perMonth.linked(segment -> new Grid.Key(Grid.TOTAL, segment))), SEGMENT_KEYS);
        tables.add(perSegment.render(hidden.get(0)));
        tables.add(perMonth.render(hidden.get(1)));
        tables.add(figures.intakeEffort());
        List<String> notes = new ArrayList<>(List.of(
                "Anonymised: no names, case or person ids, or dates of birth; ages only as bands on " + to + ".",
                "x / suppressed: a group of fewer than " + Suppression.THRESHOLD + " cases, or a cell hidden so "
                        + "that it cannot be computed from its totals (complementary suppression).",
                "Rates are hidden too when the cases counted in them, or the rest, are 1 to "
                        + (Suppression.THRESHOLD - 1) + ".",
                "TOTAL rows and columns are the sums of their lines (but for the distinct cases of the effort "
                        + "figures); a case can count in several lines of transitions, stays, reviews and monthly "
                        + "effort.",
                "Linked figures (the distributions; effort per segment and per month) are suppressed together."));
        if (!ageKnown) {
            notes.add("No date of birth is known for these cases: the distribution by age band is left out.");
        }
        return new ControllingReport(from, to, Suppression.THRESHOLD, notes, tables);
    }

    // ---- distribution -------------------------------------------------------------------------------------------

    /** SG-12: the cases in each segment on the reference day {@code to}, entitled and prevention (SG-11). */
    Pending distribution() {
        Grid grid = new Grid(SEGMENT, SEGMENTS, GROUP, GROUPS);
        for (CaseHistory c : cases) {
            c.segmentOn(to).ifPresent(segment -> grid.add(index(c), segment.name(), c.entitlement().name(),
                    acc -> acc.add("cases", 1)));
        }
        return new Pending(grid, DISTRIBUTION, "Cases per segment on " + to,
                "Cases in each segment on the reference day, entitled and prevention (SG-11) separately.",
                List.of("cases"), acc -> Map.of("cases", acc.sum("cases")),
                acc -> acc.count("cases"), acc -> Suppression.small(acc.cases.size()));
    }

    /** SG-12: the cases in each segment on {@code to} by age band (instead of dates of birth). */
    Pending distributionByAge() {
        List<String> bands = new ArrayList<>(Arrays.stream(AgeBand.values()).map(AgeBand::label).toList());
        return distributionBy(DISTRIBUTION_BY_AGE, "ageBand", bands,
                c -> c.ageBand() == null ? null : c.ageBand().label(),
                "Cases per segment and age band on " + to,
                "Age on the reference day, in bands; no date of birth leaves the service.");
    }

    /** SG-01/SG-12: the cases in each segment on {@code to} by kind of assistance (regular, asylum). */
    Pending distributionByAssistance() {
        return distributionBy(DISTRIBUTION_BY_ASSISTANCE, "assistanceType", List.of(), CaseHistory::assistanceType,
                "Cases per segment and kind of assistance on " + to, "Regular and asylum social assistance.");
    }

    /** SG-12: the cases in each segment on {@code to} by social region (the pilot runs in several regions). */
    Pending distributionByRegion() {
        return distributionBy(DISTRIBUTION_BY_REGION, "region", List.of(), CaseHistory::region,
                "Cases per segment and social region on " + to, "The social region that leads the case.");
    }

    /**
     * Segment on {@code to} against one attribute: the given values first, then any other value that occurs
     * (sorted), then UNKNOWN for cases without one.
     */
    private Pending distributionBy(String name, String dimension, List<String> known,
                                       java.util.function.Function<CaseHistory, String> attribute, String title,
                                       String description) {
        List<String> values = new ArrayList<>(known);
        cases.stream().map(attribute).filter(Objects::nonNull).filter(v -> !values.contains(v)).distinct().sorted()
                .forEach(values::add);
        if (cases.stream().anyMatch(c -> attribute.apply(c) == null)) {
            values.add(UNKNOWN);
        }
        Grid grid = new Grid(SEGMENT, SEGMENTS, dimension, values);
        for (CaseHistory c : cases) {
            String value = attribute.apply(c) == null ? UNKNOWN : attribute.apply(c);
            c.segmentOn(to).ifPresent(segment -> grid.add(index(c), segment.name(), value,
                    acc -> acc.add("cases", 1)));
        }
        return new Pending(grid, name, title, description, List.of("cases"),
                acc -> Map.of("cases", acc.sum("cases")), acc -> acc.count("cases"),
                acc -> Suppression.small(acc.cases.size()));
    }

    // ---- transitions --------------------------------------------------------------------------------------------

    /**
     * SG-08/SG-12: the moves decided in the period: INITIAL to a segment is the initial segmentation; a segment to
     * itself is a review that kept the segment; a segment to DETACHED is leaving assistance. A case counts once per
     * cell (accuracy of segment decisions: how often is the initial segment kept or changed?).
     */
    FigureTable transitions() {
        List<String> rows = new ArrayList<>(List.of(INITIAL));
        rows.addAll(SEGMENTS);
        List<String> columns = new ArrayList<>(SEGMENTS);
        columns.add(DETACHED);
        Grid grid = new Grid("from", rows, "to", columns);
        for (CaseHistory c : cases) {
            Set<List<String>> moves = new HashSet<>();
            List<Decision> decisions = c.effectiveDecisions();
            for (int d = 0; d < decisions.size(); d++) {
                Decision decision = decisions.get(d);
                if (within(decision.on())) {
                    String previous = d == 0 ? INITIAL : decisions.get(d - 1).segment().name();
                    moves.add(List.of(previous, decision.segment().name()));
                }
            }
            if (c.detachment() != null && within(c.detachment().on()) && !decisions.isEmpty()) {
                moves.add(List.of(decisions.getLast().segment().name(), DETACHED));
            }
            for (List<String> move : moves) {
                grid.add(index(c), move.get(0), move.get(1), acc -> acc.add("cases", 1));
            }
        }
        return grid.table(TRANSITIONS, "Segment moves decided from " + from + " to " + to,
                "from INITIAL: initial segmentation; a segment to itself: kept at a review; to DETACHED: left "
                        + "assistance. A case counts once per cell; totals are sums of the cells.",
                List.of("cases"), acc -> Map.of("cases", acc.sum("cases")),
                acc -> acc.count("cases"), acc -> Suppression.small(acc.cases.size()));
    }

    // ---- time in segment ----------------------------------------------------------------------------------------

    /** SG-12: how long completed stays in a segment lasted (stays whose last day is in the period), in days. */
    FigureTable timeInSegment() {
        Grid grid = new Grid(SEGMENT, SEGMENTS, GROUP, GROUPS);
        for (CaseHistory c : cases) {
            for (Stay stay : c.stays()) {
                if (stay.until() != null && within(stay.until().minusDays(1))) {
                    long days = ChronoUnit.DAYS.between(stay.from(), stay.until());
                    grid.add(index(c), stay.segment().name(), c.entitlement().name(), acc -> {
                        acc.add("stays", 1);
                        acc.add("days", days);
                        acc.samples.add(days);
                    });
                }
            }
        }
        return grid.table(TIME_IN_SEGMENT, "Completed stays in a segment ending " + from + " to " + to,
                "A stay runs from the decision that put the case in the segment to the next decision with another "
                        + "segment, the detachment or the closing; a review that keeps the segment does not end it.",
                List.of("stays", "medianDays", "meanDays"),
                acc -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("stays", acc.sum("stays"));
                    values.put("medianDays", median(acc.samples));
                    values.put("meanDays", ratio(acc.sum("days"), acc.sum("stays"), 1));
                    return values;
                }, acc -> acc.count("stays"), acc -> Suppression.small(acc.cases.size()));
    }

    // ---- review periodicity -------------------------------------------------------------------------------------

    /**
     * SG-04/SG-12: of the reviews due in the period (a decision's review is due by the day the decision is valid
     * until, at most 6 months after it), how many were held on time (a review, or a new decision, after the decision
     * and on or before that day); reviews not due because the case left assistance or closed before do not count.
     */
    FigureTable reviewPeriodicity() {
        Grid grid = new Grid(SEGMENT, SEGMENTS, GROUP, GROUPS);
        for (CaseHistory c : cases) {
            LocalDate end = c.segmentsEnd();
            List<Decision> decisions = c.effectiveDecisions();
            for (int d = 0; d < decisions.size(); d++) {
                Decision decision = decisions.get(d);
                LocalDate due = decision.deadline();
                if (!within(due) || (end != null && !due.isBefore(end))) {
                    continue;
                }
                LocalDate held = nextReview(c, decision, d + 1 < decisions.size() ? decisions.get(d + 1) : null);
                boolean kept = held != null && !held.isAfter(due);
                int caseIndex = index(c);
                grid.add(caseIndex, decision.segment().name(), c.entitlement().name(), acc -> {
                    acc.add("due", 1);
                    acc.add(kept ? "kept" : "missed", 1);
                    acc.group(kept ? "kept" : "missed", caseIndex);
                    if (held != null) {
                        acc.add("heldReviews", 1);
                        acc.add("daysToReview", ChronoUnit.DAYS.between(decision.on(), held));
                    }
                });
            }
        }
        return grid.table(REVIEW_PERIODICITY, "Reviews due " + from + " to " + to + " and held on time (SG-04)",
                "due: reviews falling due in the period (by the day the segment decision is valid until, at most "
                        + "6 months after it); kept: held on or before that day; meanDaysToReview: from the decision to the review actually held "
                        + "(up to " + to + "), the periodicity practised per segment.",
                List.of("due", "kept", "missed", "keptPercent", "meanDaysToReview"),
                acc -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("due", acc.sum("due"));
                    values.put("kept", acc.sum("kept"));
                    values.put("missed", acc.sum("missed"));
                    values.put("keptPercent", percent(acc.sum("kept"), acc.sum("due")));
                    values.put("meanDaysToReview", ratio(acc.sum("daysToReview"), acc.sum("heldReviews"), 1));
                    return values;
                }, acc -> acc.count("due"),
                acc -> Suppression.small(acc.cases.size()) || Suppression.small(acc.groupSize("kept"))
                        || Suppression.small(acc.groupSize("missed")));
    }

    /** The first review held after the decision, or the next decision if earlier; null if none up to {@code to}. */
    private LocalDate nextReview(CaseHistory c, Decision decision, Decision next) {
        LocalDate held = c.reviewsHeld().stream().filter(r -> r.isAfter(decision.on()) && !r.isAfter(to))
                .findFirst().orElse(null);
        if (next != null && next.on().isAfter(decision.on()) && !next.on().isAfter(to)
                && (held == null || next.on().isBefore(held))) {
            return next.on();
        }
        return held;
    }

    // ---- first review -------------------------------------------------------------------------------------------

    /**
     * SG-12 "how accurate are the segment decisions?": per initial segment, the cases whose first review (the
     * decision after the initial segmentation) fell in the period, and how many kept the initial segment.
     */
    FigureTable firstReview() {
        Grid grid = new Grid(SEGMENT, SEGMENTS, GROUP, GROUPS);
        for (CaseHistory c : cases) {
            List<Decision> decisions = c.effectiveDecisions();
            if (decisions.size() < 2 || !within(decisions.get(1).on())) {
                continue;
            }
            Segment initial = decisions.getFirst().segment();
            boolean kept = decisions.get(1).segment() == initial;
            int caseIndex = index(c);
            grid.add(caseIndex, initial.name(), c.entitlement().name(), acc -> {
                acc.add("reviewed", 1);
                acc.add(kept ? "kept" : "changed", 1);
                acc.group(kept ? "kept" : "changed", caseIndex);
            });
        }
        return grid.table(FIRST_REVIEW, "Initial segment at the first review " + from + " to " + to,
                "Per initial segment: cases whose first review fell in the period (reviewed), and whether it kept "
                        + "the initial segment (kept) or moved the case (changed).",
                List.of("reviewed", "kept", "changed", "keptPercent"),
                acc -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("reviewed", acc.sum("reviewed"));
                    values.put("kept", acc.sum("kept"));
                    values.put("changed", acc.sum("changed"));
                    values.put("keptPercent", percent(acc.sum("kept"), acc.sum("reviewed")));
                    return values;
                }, acc -> acc.count("reviewed"),
                acc -> Suppression.small(acc.cases.size()) || Suppression.small(acc.groupSize("kept"))
                        || Suppression.small(acc.groupSize("changed")));
    }

    // ---- detachment ---------------------------------------------------------------------------------------------

    /**
     * SG-11/SG-12: the detachment rate per segment, entitled and prevention cases separately. Each case that was in
     * a segment during the period counts once, in the last segment it was in during the period; detached when it
     * left assistance (prevention: reached its goal) within the period.
     */
    FigureTable detachment() {
        Grid grid = new Grid(SEGMENT, SEGMENTS, GROUP, GROUPS);
        for (CaseHistory c : cases) {
            Stay last = null;
            for (Stay stay : c.stays()) {
                if (stay.overlaps(from, to)) {
                    last = stay;
                }
            }
            if (last == null) {
                continue;
            }
            boolean detached = c.detachment() != null && within(c.detachment().on());
            int caseIndex = index(c);
            grid.add(caseIndex, last.segment().name(), c.entitlement().name(), acc -> {
                acc.add("cases", 1);
                acc.add("detached", detached ? 1 : 0);
                acc.group(detached ? "detached" : "remaining", caseIndex);
            });
        }
        return grid.table(DETACHMENT, "Detachment rate per segment " + from + " to " + to + " (SG-11)",
                "cases: in a segment during the period, counted in the last one; detached: left assistance "
                        + "(prevention: accompaniment ended with its goal reached) within the period.",
                List.of("cases", "detached", "detachmentPercent"),
                acc -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("cases", acc.sum("cases"));
                    values.put("detached", acc.sum("detached"));
                    values.put("detachmentPercent", percent(acc.sum("detached"), acc.sum("cases")));
                    return values;
                }, acc -> acc.count("cases"),
                acc -> Suppression.small(acc.cases.size()) || Suppression.small(acc.groupSize("detached"))
                        || Suppression.small(acc.groupSize("remaining")));
    }

    // ---- effort -------------------------------------------------------------------------------------------------

    /**
     * SG-12: the monthly effort per person per segment: hours recorded (all kinds but intake and short assessment)
     * on days the case was in the segment, divided by the person-months in the segment (days in the segment / days
     * of the month). Only cases with effort recorded count, so that cases nobody records effort for do not dilute
     * the figures.
     */
    Pending effortPerSegment() {
        Grid grid = new Grid(SEGMENT, SEGMENTS, GROUP, GROUPS);
        effortContributions((c, segment, month, personMonths, minutes) -> grid.add(index(c), segment.name(),
                c.entitlement().name(), acc -> {
                    acc.add("personMonths", personMonths);
                    acc.add("minutes", minutes);
                }));
        return effortTable(grid, EFFORT_PER_SEGMENT, "Monthly effort per person per segment " + from + " to " + to);
    }

    /** SG-12: the same, month by month. */
    Pending effortPerMonth() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        Grid grid = new Grid("month", months, SEGMENT, SEGMENTS);
        effortContributions((c, segment, month, personMonths, minutes) -> grid.add(index(c), month.toString(),
                segment.name(), acc -> {
                    acc.add("personMonths", personMonths);
                    acc.add("minutes", minutes);
                }));
        return effortTable(grid, EFFORT_PER_MONTH, "Effort per person-month by month and segment " + from + " to "
                + to);
    }

    private Pending effortTable(Grid grid, String name, String title) {
        return new Pending(grid, name, title,
                "hours: recorded on days in the segment (not intake or short assessment); personMonths: days in "
                        + "the segment / days of the month; hoursPerPersonMonth = hours / personMonths. Only cases "
                        + "with effort recorded count. cases: distinct cases (not summed in totals).",
                List.of("cases", "personMonths", "hours", "hoursPerPersonMonth"),
                acc -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("cases", BigDecimal.valueOf(acc.cases.size()));
                    values.put("personMonths", acc.sum("personMonths").setScale(2, RoundingMode.HALF_UP));
                    values.put("hours", hours(acc.sum("minutes")));
                    values.put("hoursPerPersonMonth", acc.sum("personMonths").signum() == 0 ? null
                            : acc.sum("minutes").divide(SIXTY, 10, RoundingMode.HALF_UP)
                            .divide(acc.sum("personMonths"), 1, RoundingMode.HALF_UP));
                    return values;
                }, acc -> acc.cases.size(), acc -> Suppression.small(acc.cases.size()));
    }

    private interface EffortSink {
        void accept(CaseHistory c, Segment segment, YearMonth month, BigDecimal personMonths, long minutes);
    }

    /** Per case, segment and month in the period: the person-months in the segment and the minutes recorded. */
    private void effortContributions(EffortSink sink) {
        for (CaseHistory c : cases) {
            if (c.efforts().isEmpty()) {
                continue;
            }
            List<Stay> stays = c.stays();
            Map<List<Object>, long[]> days = new LinkedHashMap<>();
            for (Stay stay : stays) {
                if (!stay.overlaps(from, to)) {
                    continue;
                }
                LocalDate first = stay.from().isBefore(from) ? from : stay.from();
                LocalDate last = stay.until() == null || stay.until().isAfter(to) ? to : stay.until().minusDays(1);
                for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last));
                     month = month.plusMonths(1)) {
                    LocalDate start = month.atDay(1).isBefore(first) ? first : month.atDay(1);
                    LocalDate end = month.atEndOfMonth().isAfter(last) ? last : month.atEndOfMonth();
                    days.computeIfAbsent(List.of(stay.segment(), month), k -> new long[2])[0]
                            += ChronoUnit.DAYS.between(start, end) + 1;
                }
            }
            for (Effort effort : c.efforts()) {
                if (effort.kind().isIntakeProcess() || !within(effort.on())) {
                    continue;
                }
                stays.stream().filter(s -> s.contains(effort.on())).findFirst().ifPresent(stay -> {
                    long[] slot = days.get(List.of(stay.segment(), YearMonth.from(effort.on())));
                    if (slot != null) {
                        slot[1] += effort.minutes();
                    }
                });
            }
            days.forEach((key, slot) -> {
                YearMonth month = (YearMonth) key.get(1);
                BigDecimal personMonths = BigDecimal.valueOf(slot[0])
                        .divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, RoundingMode.HALF_UP);
                sink.accept(c, (Segment) key.get(0), month, personMonths, slot[1]);
            });
        }
    }

    /**
     * SG-12: the effort of intake and short assessment (process 2010) per case opened in the period with such
     * effort recorded, entitled and prevention separately.
     */
    FigureTable intakeEffort() {
        List<String> kinds = List.of(EffortKind.INTAKE.name(), EffortKind.SHORT_ASSESSMENT.name());
        Grid grid = new Grid("activity", kinds, GROUP, GROUPS);
        for (CaseHistory c : cases) {
            if (!within(c.openedOn()) || c.efforts().stream().noneMatch(e -> e.kind().isIntakeProcess())) {
                continue;
            }
            for (EffortKind kind : List.of(EffortKind.INTAKE, EffortKind.SHORT_ASSESSMENT)) {
                long minutes = c.efforts().stream().filter(e -> e.kind() == kind).mapToLong(Effort::minutes).sum();
                grid.add(index(c), kind.name(), c.entitlement().name(), acc -> acc.add("minutes", minutes));
            }
        }
        return grid.table(INTAKE_EFFORT, "Effort of intake and short assessment per case opened " + from + " to "
                        + to,
                "cases: opened in the period with intake or short-assessment effort recorded; hoursPerCase = hours "
                        + "/ cases (cases without entries of a kind count with 0).",
                List.of("cases", "hours", "hoursPerCase"),
                acc -> {
                    Map<String, BigDecimal> values = new LinkedHashMap<>();
                    values.put("cases", BigDecimal.valueOf(acc.cases.size()));
                    values.put("hours", hours(acc.sum("minutes")));
                    values.put("hoursPerCase", acc.cases.isEmpty() ? null
                            : acc.sum("minutes").divide(SIXTY, 10, RoundingMode.HALF_UP)
                            .divide(BigDecimal.valueOf(acc.cases.size()), 1, RoundingMode.HALF_UP));
                    return values;
                }, acc -> acc.cases.size(), acc -> Suppression.small(acc.cases.size()));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A figure computed but not yet suppressed. */
    record Pending(Grid grid, String name, String title, String description, List<String> measures,
                   Function<Acc, Map<String, BigDecimal>> values, ToLongFunction<Acc> size, Predicate<Acc> small) {

        Grid.Linked linked(Function<String, Grid.Key> shared) {
            return new Grid.Linked(grid, size, small, shared);
        }

        FigureTable render(boolean[][] hidden) {
            return grid.render(name, title, description, measures, values, hidden);
        }
    }

    /** Figures that share the cases per segment, suppressed together (see {@link Grid#suppressJointly}). */
    private static List<FigureTable> jointly(List<Pending> figures, Function<String, Grid.Key> shared) {
        List<boolean[][]> hidden = Grid.suppressJointly(figures.stream().map(f -> f.linked(shared)).toList(),
                SEGMENT_KEYS);
        List<FigureTable> tables = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            tables.add(figures.get(i).render(hidden.get(i)));
        }
        return tables;
    }

    private int index(CaseHistory c) {
        Integer position = positions.get(c);
        if (position == null) {
            throw new IllegalArgumentException("not one of the cases");
        }
        return position;
    }

    private boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    static BigDecimal hours(BigDecimal minutes) {
        return minutes.divide(SIXTY, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal ratio(BigDecimal sum, BigDecimal count, int scale) {
        return count.signum() == 0 ? null : sum.divide(count, scale, RoundingMode.HALF_UP);
    }

    static BigDecimal median(List<Long> samples) {
        if (samples.isEmpty()) {
            return null;
        }
        List<Long> sorted = samples.stream().filter(Objects::nonNull).sorted().toList();
        int n = sorted.size();
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.TWO);
        return middle.setScale(1, RoundingMode.HALF_UP);
    }
}
