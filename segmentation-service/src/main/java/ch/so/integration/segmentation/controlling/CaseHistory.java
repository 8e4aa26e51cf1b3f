package ch.so.integration.segmentation.controlling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import ch.so.integration.segmentation.effort.EffortKind;

/**
 * SG-11/SG-12: one case's course as the controlling sees it: anonymous. It holds no id, no name and no date of birth:
 * only whether the person is entitled or followed in prevention, the kind of assistance (regular, asylum), the social
 * region, the age band on the report's reference date (null when unknown), the day the case was opened, the segment decisions, the reviews held, the detachment (leaving
 * assistance, or for a prevention case the end of the accompaniment with its goal reached), the closing day and
 * the effort entries.
 *
 * @param decisions the initial segmentation first, then every later decision (at a review, kept or changed)
 */
public record CaseHistory(Entitlement entitlement, String assistanceType, String region, AgeBand ageBand,
                          LocalDate openedOn, List<Decision> decisions,
                          List<LocalDate> reviewsHeld, Detachment detachment, LocalDate closedOn,
                          List<Effort> efforts) {

    /** SG-04: a decision is valid for at most 6 months; when the case does not say, exactly that. */
    public static final int REVIEW_MONTHS = 6;

    public CaseHistory {
        Objects.requireNonNull(entitlement, "entitlement");
        Objects.requireNonNull(openedOn, "openedOn");
        decisions = decisions.stream().sorted(Comparator.comparing(Decision::on)).toList();
        reviewsHeld = reviewsHeld.stream().sorted().toList();
        efforts = List.copyOf(efforts);
    }

    /**
     * A segment decision, valid until {@code validUntil} (inclusive; null: 6 months after the decision): by then
     * the next review must be held (SG-04).
     */
    public record Decision(LocalDate on, Segment segment, LocalDate validUntil) {

        public Decision {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(segment, "segment");
        }

        /** The last day the next review keeps SG-04. */
        public LocalDate deadline() {
            return validUntil != null ? validUntil : on.plusMonths(REVIEW_MONTHS);
        }
    }

    /** The day the person left assistance (or a prevention case reached its goal). */
    public record Detachment(LocalDate on) {

        public Detachment {
            Objects.requireNonNull(on, "on");
        }
    }

    /** Minutes of one kind of work on one day. */
    public record Effort(LocalDate on, EffortKind kind, int minutes) {
    }

    /**
     * An uninterrupted time in one segment: from the decision that put the case there up to (excluding) the day of
     * the next decision with another segment, the detachment, or the day after closing; {@code until} is null while
     * it lasts.
     */
    public record Stay(Segment segment, LocalDate from, LocalDate until) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }

        public boolean overlaps(LocalDate first, LocalDate last) {
            return !from.isAfter(last) && (until == null || until.isAfter(first));
        }
    }

    /** The day the case stops being in a segment: detachment, else the day after closing; null while it is open. */
    public LocalDate segmentsEnd() {
        if (detachment != null) {
            return detachment.on();
        }
        return closedOn == null ? null : closedOn.plusDays(1);
    }

    /** The stays, consecutive decisions with the same segment merged (a review that keeps the segment). */
    public List<Stay> stays() {
        List<Stay> stays = new ArrayList<>();
        LocalDate end = segmentsEnd();
        Segment current = null;
        LocalDate from = null;
        for (Decision decision : decisions) {
            if (end != null && !decision.on().isBefore(end)) {
                break;
            }
            if (decision.segment() != current) {
                if (current != null) {
                    stays.add(new Stay(current, from, decision.on()));
                }
                current = decision.segment();
                from = decision.on();
            }
        }
        if (current != null) {
            stays.add(new Stay(current, from, end));
        }
        return stays;
    }

    /** The segment on a day, if the case is in one. */
    public Optional<Segment> segmentOn(LocalDate day) {
        return stays().stream().filter(s -> s.contains(day)).map(Stay::segment).findFirst();
    }

    /** The decisions taken while the case was in segments (none after detachment or closing). */
    public List<Decision> effectiveDecisions() {
        LocalDate end = segmentsEnd();
        return decisions.stream().filter(d -> end == null || d.on().isBefore(end)).toList();
    }
}
