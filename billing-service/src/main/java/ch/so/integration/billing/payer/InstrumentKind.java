package ch.so.integration.billing.payer;

/** The financing instrument intake determined (docs/intake-rules.md, "Financing determination"). */
public enum InstrumentKind {
    /** Kostengutsprache: cost approval (social office, or the AGS for in-canton IVSE B places). */
    KGS,
    /** Kostenübernahmegarantie: cost-coverage guarantee of another canton's IVSE liaison office. */
    KUEG,
    /** Billed directly via Evidence with the AGS; the Evidence registration is the granted instrument. */
    EVIDENCE_DIRECT,
    /** Another financing body (e.g. the ALV/IV office, or the social office for out-of-canton day places). */
    OTHER_FINANCING_BODY,
    /** Personal budget (§ 29 SGB IX, PG-05): the budget holder pays. */
    PERSONAL_BUDGET,
    /** AMI without social assistance, ALV or IV money: canton 50 %, participant the rest (AM-06). */
    CANTON_SUBSIDY
}
