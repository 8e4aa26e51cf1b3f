package ch.so.integration.intake.person;

/** Residence status: Swiss citizen or the foreign nationals' permit (Ausweis). */
public enum ResidencePermit {
    SWISS, B, C, F, G, L, N, S;

    /** AM-06: the permits that allow a waiver of the participant's share. */
    public boolean allowsProgrammeCostWaiver() {
        return this == B || this == C || this == F || this == N || this == S;
    }
}
