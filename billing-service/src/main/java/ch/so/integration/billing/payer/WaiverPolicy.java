package ch.so.integration.billing.payer;

/** How an income at or above the limit (assets below) is treated (AM-06 "all or part of the rest"). */
public enum WaiverPolicy {
    /** Income must be below the limit; otherwise no waiver. */
    FULL_OR_NOTHING,
    /** Default reading: the participant pays the excess income (income − limit), at most the rest; canton the remainder. */
    PAY_EXCESS_INCOME
}
