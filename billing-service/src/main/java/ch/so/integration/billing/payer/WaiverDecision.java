package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.List;

/**
 * The decision on a waiver of the participant's rest (AM-06).
 *
 * @param outcome          not eligible, full or partial waiver
 * @param rest             the participant's rest the decision was made for
 * @param cantonPaysMore   what the canton pays on top of its 50 %
 * @param participantPays  what remains for the participant; {@code cantonPaysMore + participantPays == rest}
 * @param failedConditions one line per failed condition (empty unless not eligible)
 * @param explanation      one line per step
 */
public record WaiverDecision(Outcome outcome, BigDecimal rest, BigDecimal cantonPaysMore, BigDecimal participantPays,
        List<String> failedConditions, List<String> explanation) {

    public enum Outcome { NOT_ELIGIBLE, FULL_WAIVER, PARTIAL_WAIVER }

    public WaiverDecision {
        failedConditions = List.copyOf(failedConditions);
        explanation = List.copyOf(explanation);
        if (cantonPaysMore.add(participantPays).compareTo(rest) != 0 || cantonPaysMore.signum() < 0
                || participantPays.signum() < 0) {
            throw new IllegalStateException("waiver parts " + cantonPaysMore + " + " + participantPays
                    + " do not make the rest " + rest);
        }
    }
}
