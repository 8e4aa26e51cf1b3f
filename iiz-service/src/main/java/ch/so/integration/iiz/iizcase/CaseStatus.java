package ch.so.integration.iiz.iizcase;

/**
 * REGISTERED (1a: awaiting the specialists' forwarding; 1b: awaiting the team), FORWARDED (1a: forwarded to the
 * network, awaiting the team), ACTIVE (the coordinator assembled and leads the team), CLOSED (IZ-10).
 */
public enum CaseStatus {
    REGISTERED, FORWARDED, ACTIVE, CLOSED
}
