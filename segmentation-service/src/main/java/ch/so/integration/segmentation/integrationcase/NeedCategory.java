package ch.so.integration.segmentation.integrationcase;

/**
 * SG-03: the identified need for social-work action a segment decision rests on. These describe the situation
 * (individual and environmental factors), never personality traits.
 */
public enum NeedCategory {
    /** No significant social-work need (SG-02: only a reason for segment A). */
    NONE_SIGNIFICANT,
    /** Access to the labour market, job search, placement. */
    LABOUR_MARKET_ACCESS,
    /** Education, vocational qualification. */
    QUALIFICATION,
    /** Language skills. */
    LANGUAGE,
    /** Health, work capacity. */
    HEALTH,
    /** Housing. */
    HOUSING,
    /** Finances, debts. */
    FINANCES,
    /** Family and care duties. */
    FAMILY_AND_CARE,
    /** Social integration, daily structure. */
    SOCIAL_INTEGRATION,
    /** Claims against third parties to clarify and enforce (subsidiarity). */
    SUBSIDIARITY_CLAIMS,
    /** The situation is unclear and needs in-depth clarification. */
    UNCLEAR_SITUATION
}
