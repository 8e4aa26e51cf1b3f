package ch.so.integration.intake.placement;

/** The kinds of placement mutation (DC-14): every one is kept with its effective date and published. */
public enum MutationKind {
    PENSUM, WORK_AREAS, SETTING, DAY_STRUCTURE, FINANCING, ACTIVATION, EXIT
}
