package ch.so.integration.billing.payer;

/** Who intake determined as the debtor. */
public enum DebtorKind {
    SOCIAL_OFFICE,
    AGS,
    IVSE_LIAISON_OFFICE,
    OTHER_FINANCING_BODY,
    BUDGET_HOLDER,
    CANTON_AND_PARTICIPANT
}
