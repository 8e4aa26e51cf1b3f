package ch.so.integration.billing.payer;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The financing intake determined for a placement, as billing receives it (data only, no intake code).
 *
 * @param instrument the instrument kind
 * @param debtorKind the debtor kind
 * @param debtorName the debtor's name (social office, liaison office, budget holder, participant...)
 * @param granted    the granted instrument, {@code null} while none is granted
 */
public record Financing(InstrumentKind instrument, DebtorKind debtorKind, String debtorName, GrantedInstrument granted) {

    /** The debtor kinds intake produces for each instrument (intake's financing table). */
    static final Map<InstrumentKind, Set<DebtorKind>> ALLOWED = Map.of(
            InstrumentKind.KGS, Set.of(DebtorKind.SOCIAL_OFFICE, DebtorKind.AGS),
            InstrumentKind.KUEG, Set.of(DebtorKind.IVSE_LIAISON_OFFICE),
            InstrumentKind.EVIDENCE_DIRECT, Set.of(DebtorKind.AGS),
            InstrumentKind.OTHER_FINANCING_BODY, Set.of(DebtorKind.OTHER_FINANCING_BODY, DebtorKind.SOCIAL_OFFICE),
            InstrumentKind.PERSONAL_BUDGET, Set.of(DebtorKind.BUDGET_HOLDER),
            InstrumentKind.CANTON_SUBSIDY, Set.of(DebtorKind.CANTON_AND_PARTICIPANT));

    public Financing {
        if (instrument == null || debtorKind == null) {
            throw new IllegalArgumentException("financing needs instrument and debtor kind");
        }
        if (!ALLOWED.get(instrument).contains(debtorKind)) {
            throw new IllegalArgumentException("debtor " + debtorKind + " does not go with instrument " + instrument);
        }
        if (debtorName == null || debtorName.isBlank()) {
            throw new IllegalArgumentException("financing needs the debtor's name");
        }
    }

    public Optional<GrantedInstrument> grantedInstrument() {
        return Optional.ofNullable(granted);
    }
}
