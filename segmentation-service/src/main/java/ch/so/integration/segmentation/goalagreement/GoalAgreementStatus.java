package ch.so.integration.segmentation.goalagreement;

public enum GoalAgreementStatus {
    /** Written, to be printed and signed. */
    DRAFT,
    /** Signed by the person (SG-06). */
    SIGNED,
    /** The signed scan is filed with the filing plan's document type (SG-06). */
    FILED
}
