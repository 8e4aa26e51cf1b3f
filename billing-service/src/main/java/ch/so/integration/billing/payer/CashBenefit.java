package ch.so.integration.billing.payer;

/** Cash benefits that exclude a waiver (AM-06). */
public enum CashBenefit {
    SOCIAL_ASSISTANCE, IV, ALV
}
