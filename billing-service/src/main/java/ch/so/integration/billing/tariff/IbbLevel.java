package ch.so.integration.billing.tariff;

/** DC-21: the IBB care levels a day-center place is paid by, plus the unit rate while the assessment is pending. */
public enum IbbLevel {
    ASSESSMENT_PENDING, LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, LEVEL_4
}
