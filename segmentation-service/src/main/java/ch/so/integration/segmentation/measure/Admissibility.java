package ch.so.integration.segmentation.measure;

/** SG-05: whether a segment admits a measure type. */
public enum Admissibility {
    ADMITTED,
    /** "As a rule not" (segment V): admitted only with a written justification. */
    EXCEPTION_ONLY,
    EXCLUDED
}
