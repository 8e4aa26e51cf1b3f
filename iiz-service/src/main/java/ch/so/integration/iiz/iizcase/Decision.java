package ch.so.integration.iiz.iizcase;

/** IZ-05: what the case team decides on the basis of the situation analysis. */
public enum Decision {
    ROUND_TABLE, RECOMMENDATION_WITH_CLOSURE
}
