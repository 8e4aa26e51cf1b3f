package ch.so.integration.segmentation.goalagreement;

/** SG-06, SG-09: when a goal agreement is made. */
public enum Occasion {
    /** After the initial segmentation. */
    SEGMENTATION,
    /** After a review. */
    REVIEW,
    /** At the start of aftercare. */
    AFTERCARE
}
