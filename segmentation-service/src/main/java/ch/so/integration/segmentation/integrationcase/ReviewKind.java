package ch.so.integration.segmentation.integrationcase;

public enum ReviewKind {
    /** The periodic review (SG-04). */
    REGULAR,
    /** The prompt review after a person in A turned out not to be a self-runner (SG-04, SG-08). */
    PROMPT,
    /** The final review at the end of aftercare (SG-09). */
    FINAL
}
