package ch.so.integration.intake.financing;

/**
 * One pure function from a placement's financing situation to the instrument and debtor (DC-07..DC-09, DC-14,
 * AM-05, AM-06, PG-05). The readings of the seed text are written down in docs/intake-financing.md; the table test
 * covers every combination of its inputs.
 */
public final class FinancingDetermination {

    private FinancingDetermination() {
    }

    public static FinancingDecision determine(FinancingSituation s) {
        return switch (s.type()) {
            case IVSE_B_STATIONARY -> internal(s, "DC-07");
            case IVSE_B_SEMI_STATIONARY -> internal(s, "DC-08");
            case IVSE_B_EXTERNAL -> external(s);
            case AMI_PROGRAMME -> programme(s);
            case PASST_GENAU -> FinancingDecision.of(InstrumentKind.PERSONAL_BUDGET, Debtor.BUDGET_HOLDER, "PG-05",
                    "pass(t)genau is financed by the participant's personal budget and billed per module hour");
        };
    }

    /** DC-07, DC-08: no IV pension needed; KGS in the same canton, KÜG from another canton. */
    private static FinancingDecision internal(FinancingSituation s, String rule) {
        if (!s.inCanton()) {
            return FinancingDecision.of(InstrumentKind.KUEG, Debtor.IVSE_LIAISON_OFFICE, rule,
                    "a place in another canton than the person's needs a cost-coverage guarantee of the home canton");
        }
        if (s.socialAssistance()) {
            return FinancingDecision.of(InstrumentKind.KGS, Debtor.SOCIAL_OFFICE, rule,
                    "in the same canton a cost approval; with social assistance the social office approves and pays");
        }
        return FinancingDecision.of(InstrumentKind.KGS, Debtor.AGS, rule,
                "in the same canton a cost approval; without social assistance the canton's IVSE office (AGS) pays");
    }

    /** DC-09: an IV pension is required, except where a financing body approves the costs. */
    private static FinancingDecision external(FinancingSituation s) {
        if (s.inCanton()) {
            if (s.socialAssistance()) {
                return FinancingDecision.of(InstrumentKind.KGS, Debtor.SOCIAL_OFFICE, "DC-09",
                        "on social assistance the social office as financing body approves the costs");
            }
            if (s.ivPension()) {
                return FinancingDecision.of(InstrumentKind.EVIDENCE_DIRECT, Debtor.AGS, "DC-09",
                        "in the canton with an IV pension no cost approval: billed directly via Evidence with the AGS");
            }
            return FinancingDecision.refused("DC-09",
                    "an external day-center place needs an IV pension (or social assistance with a cost approval)");
        }
        if (s.ivPension()) {
            return FinancingDecision.of(InstrumentKind.KUEG, Debtor.IVSE_LIAISON_OFFICE, "DC-09",
                    "from another canton with an IV pension: a KÜG of the home canton's IVSE liaison office, "
                            + "billed via that office and not the AGS");
        }
        if (s.socialAssistance()) {
            return FinancingDecision.of(InstrumentKind.OTHER_FINANCING_BODY, Debtor.SOCIAL_OFFICE, "DC-09",
                    "from another canton without an IV pension: billed to another financing body, here the social office");
        }
        return FinancingDecision.of(InstrumentKind.OTHER_FINANCING_BODY, Debtor.OTHER_FINANCING_BODY, "DC-09",
                "from another canton without an IV pension: billed to another financing body that approves the costs");
    }

    /** AM-05, AM-06. */
    private static FinancingDecision programme(FinancingSituation s) {
        if (s.socialAssistance()) {
            return FinancingDecision.of(InstrumentKind.KGS, Debtor.SOCIAL_OFFICE, "AM-05",
                    "with social assistance a cost approval of the responsible social service comes first; "
                            + "invoices go to the social service");
        }
        if (s.ivPension() || s.otherCashBenefits()) {
            return FinancingDecision.of(InstrumentKind.OTHER_FINANCING_BODY, Debtor.OTHER_FINANCING_BODY, "AM-06",
                    "with ALV or IV money the canton does not co-finance: the ALV or IV office approves the costs");
        }
        return new FinancingDecision(InstrumentKind.CANTON_SUBSIDY, Debtor.CANTON_AND_PARTICIPANT, 50, "AM-06",
                "without social assistance, ALV or IV money the canton pays 50 % and the participant the rest "
                        + "(foreigners may apply for a waiver of the rest)");
    }
}
