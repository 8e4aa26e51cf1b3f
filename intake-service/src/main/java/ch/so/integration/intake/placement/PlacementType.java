package ch.so.integration.intake.placement;

/** Kinds of placement. The first slice knows the day-center place; IVSE B, AMI and pass(t)genau follow. */
public enum PlacementType {
    /** A place in the day center (Tagesstätte). */
    DAY_CENTER
}
