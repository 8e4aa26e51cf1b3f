package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * The segment rules as pure functions: the structured reason (SG-02, SG-03), the validity of a decision and its
 * review due date (SG-04), and the moves between segments (SG-08). Readings in docs/segmentation-rules.md.
 */
public final class SegmentRules {

    /** SG-04: a segment decision is valid for at most this many months. */
    public static final int MAX_VALIDITY_MONTHS = 6;
    /** SG-04: by default the review is due this many days before the decision lapses. */
    public static final int REVIEW_LEAD_DAYS = 14;
    public static final int MAX_REASON_LENGTH = 4000;

    /**
     * SG-08: the moves a review may make. A → any other only when the person is not a self-runner (see
     * {@link #checkMove}); O → V (promising) or S (not); V → O or S (integration fails); S stays S (the process
     * iterates until the person is in S or leaves assistance).
     */
    public static final Map<Segment, Set<Segment>> MOVES = Map.of(
            Segment.A, EnumSet.of(Segment.V, Segment.O, Segment.S),
            Segment.V, EnumSet.of(Segment.O, Segment.S),
            Segment.O, EnumSet.of(Segment.V, Segment.S),
            Segment.S, EnumSet.noneOf(Segment.class));

    private SegmentRules() {
    }

    /** The decided segment, its validity and its review due date (SG-04). */
    public record Validity(LocalDate decidedOn, LocalDate validUntil, LocalDate reviewDueOn) {
    }

    /**
     * SG-02, SG-03: a decision rests on the identified need for social-work action: at least one need category and
     * a written reason. "No significant need" stands alone and fits segment A only.
     *
     * @return the reason, stripped
     */
    public static String checkReason(Segment segment, Set<NeedCategory> needs, String reason, String prefix) {
        if (needs != null && needs.stream().anyMatch(java.util.Objects::isNull)) {
            throw ProblemException.invalidField(prefix + "needCategories", "must not contain null: name need "
                    + "categories only");
        }
        if (needs == null || needs.isEmpty()) {
            throw rule("SG-03", "SG-03: a segment is decided on the identified need for social-work action; name at "
                    + "least one need category.", prefix + "needCategories", "at least one need category is required");
        }
        if (reason == null || reason.isBlank()) {
            throw rule("SG-03", "SG-03: every segment decision is documented with its reason.", prefix + "reason",
                    "is required");
        }
        String text = reason.strip();
        if (text.length() > MAX_REASON_LENGTH) {
            throw ProblemException.invalidField(prefix + "reason", "must be at most " + MAX_REASON_LENGTH
                    + " characters");
        }
        if (needs.contains(NeedCategory.NONE_SIGNIFICANT)) {
            if (needs.size() > 1) {
                throw rule("SG-03", "SG-03: 'no significant need' cannot be combined with a need category.",
                        prefix + "needCategories", "NONE_SIGNIFICANT stands alone");
            }
            if (segment != Segment.A) {
                throw rule("SG-02", "SG-02: without significant social-work need only segment A (Ablösen) fits; "
                        + segment + " presupposes a need for social-work action.", prefix + "needCategories",
                        "NONE_SIGNIFICANT fits segment A only");
            }
        }
        return text;
    }

    /**
     * SG-04: a decision is valid until at most 6 months after it was taken (the default), and its review is due
     * before that: on the given date, or by default {@value #REVIEW_LEAD_DAYS} days before the decision lapses.
     */
    public static Validity validity(LocalDate decidedOn, LocalDate requestedValidUntil, LocalDate requestedReviewDue,
                                    String prefix) {
        LocalDate latest = decidedOn.plusMonths(MAX_VALIDITY_MONTHS);
        LocalDate validUntil = requestedValidUntil == null ? latest : requestedValidUntil;
        if (!validUntil.isAfter(decidedOn)) {
            throw ProblemException.invalidField(prefix + "validUntil", "must lie after the decision date "
                    + decidedOn);
        }
        if (validUntil.isAfter(latest)) {
            throw rule("SG-04", "SG-04: a segment assignment is valid for at most " + MAX_VALIDITY_MONTHS
                    + " months; this one may run until " + latest + " at the latest.", prefix + "validUntil",
                    "must not lie after " + latest);
        }
        LocalDate reviewDue = requestedReviewDue;
        if (reviewDue == null) {
            LocalDate lead = validUntil.minusDays(REVIEW_LEAD_DAYS);
            reviewDue = lead.isBefore(decidedOn) ? decidedOn : lead;
        } else if (reviewDue.isBefore(decidedOn) || !reviewDue.isBefore(validUntil)) {
            throw rule("SG-04", "SG-04: the review is due before the segment assignment lapses (" + validUntil + ").",
                    prefix + "reviewDueOn", "must lie between " + decidedOn + " and the day before " + validUntil);
        }
        return new Validity(decidedOn, validUntil, reviewDue);
    }

    /**
     * SG-08: whether a review is held "when due" for the self-runner guard of segment A: on or after the default
     * review day of the decision in force, {@value #REVIEW_LEAD_DAYS} days before it lapses ({@code validUntil}, not
     * before the decision day). The review due date the caseworker may set earlier (SG-04) does not count: otherwise
     * a due date set to the decision day would make every later review "held when due" and let A be left at will.
     */
    public static boolean heldWhenDue(LocalDate heldOn, LocalDate decidedOn, LocalDate validUntil) {
        LocalDate lead = validUntil.minusDays(REVIEW_LEAD_DAYS);
        return !heldOn.isBefore(lead.isBefore(decidedOn) ? decidedOn : lead);
    }

    /**
     * SG-08: a review may keep the segment, or move it along {@link #MOVES}. A person in A is moved only when not a
     * self-runner: a prompt review was requested, or the review is held when it is due (still on assistance after
     * the period A expected, see {@link #heldWhenDue}).
     */
    public static void checkMove(Segment from, Segment to, boolean notSelfRunner, boolean heldWhenDue) {
        if (from == to) {
            return;
        }
        if (!MOVES.get(from).contains(to)) {
            String allowed = MOVES.get(from).isEmpty() ? "none: the case stays in " + from + " until it leaves assistance"
                    : MOVES.get(from).toString();
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-08: a case in " + from + " ("
                            + from.label() + ") does not move to " + to + " (" + to.label() + "). Moves from " + from
                            + ": " + allowed + ".")
                    .withRule("SG-08").withErrors(List.of(new FieldError("decision.segment", "no move "
                            + from + " → " + to)))
                    .with("from", from.name()).with("to", to.name()));
        }
        if (from == Segment.A && !notSelfRunner && !heldWhenDue) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-08: a person in A is re-segmented "
                            + "when not a self-runner: request a prompt review first, or decide at the review when "
                            + "it is due.")
                    .withRule("SG-08").withErrors(List.of(new FieldError("decision.segment",
                            "A is confirmed unless the person is not a self-runner")))
                    .with("from", from.name()).with("to", to.name()));
        }
    }

    static ProblemException rule(String ruleId, String detail, String field, String message) {
        return new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, detail).withRule(ruleId)
                .withErrors(List.of(new FieldError(field, message))));
    }
}
