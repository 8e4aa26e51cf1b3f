package ch.so.integration.segmentation.integrationcase;

public enum DecisionKind {
    /** The initial segmentation at the end of process 2010. */
    INITIAL,
    /** A review kept the segment. */
    CONFIRMED,
    /** A review moved the case to another segment (SG-08). */
    CHANGED
}
