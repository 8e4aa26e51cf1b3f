package ch.so.integration.billing.payer;

/** Who pays one share of an invoice. */
public enum PayerRole {
    SOCIAL_OFFICE,
    AGS,
    IVSE_LIAISON_OFFICE,
    OTHER_FINANCING_BODY,
    BUDGET_HOLDER,
    CANTON,
    PARTICIPANT
}
