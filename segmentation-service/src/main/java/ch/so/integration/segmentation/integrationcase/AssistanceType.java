package ch.so.integration.segmentation.integrationcase;

/** SG-01: the process applies to regular and asylum social assistance. */
public enum AssistanceType {
    REGULAR,
    ASYLUM
}
