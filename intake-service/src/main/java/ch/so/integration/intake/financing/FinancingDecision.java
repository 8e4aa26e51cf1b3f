package ch.so.integration.intake.financing;

import java.util.Optional;

/**
 * The result of {@link FinancingDetermination}: the instrument and debtor, or why the placement cannot be financed.
 *
 * @param participantSharePercent the participant's share of the costs (AM-06: 50 %), 0 otherwise
 * @param rule                    the rule that decided (e.g. DC-09)
 * @param reason                  the reading in one sentence, for people
 */
public record FinancingDecision(InstrumentKind instrument, Debtor debtor, int participantSharePercent, String rule,
                                String reason) {

    public static FinancingDecision of(InstrumentKind instrument, Debtor debtor, String rule, String reason) {
        return new FinancingDecision(instrument, debtor, 0, rule, reason);
    }

    public static FinancingDecision refused(String rule, String reason) {
        return new FinancingDecision(null, null, 0, rule, reason);
    }

    public boolean financeable() {
        return instrument != null;
    }

    public Optional<InstrumentKind> instrumentIfAny() {
        return Optional.ofNullable(instrument);
    }
}
