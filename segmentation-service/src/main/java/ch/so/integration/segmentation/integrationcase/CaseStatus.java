package ch.so.integration.segmentation.integrationcase;

/** Where a case stands in the integration process. */
public enum CaseStatus {
    /** Process 2010 runs: steps up to the short assessment, then the initial segmentation. */
    INTAKE,
    /** Segmented: goal agreements, measures, reviews (processes 2030–2070). */
    ACTIVE,
    /** SG-09: left assistance through professional integration; accompanied at least 6 more months. */
    AFTERCARE,
    /** Left assistance for another reason (subsidiarity, other); may be closed. */
    DETACHED,
    CLOSED
}
