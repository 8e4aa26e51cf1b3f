package ch.so.integration.segmentation.integrationcase;

/** SG-07: how far a goal was reached. */
public enum Achievement {
    FULLY,
    PARTLY,
    NOT
}
