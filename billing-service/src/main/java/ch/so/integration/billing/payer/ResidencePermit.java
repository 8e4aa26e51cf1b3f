package ch.so.integration.billing.payer;

/** A foreigner's permit. AM-06 allows a waiver with B, C, F, N or S. */
public enum ResidencePermit {
    B, C, F, N, S, L, G, NONE;

    public boolean allowsWaiver() {
        return this == B || this == C || this == F || this == N || this == S;
    }
}
