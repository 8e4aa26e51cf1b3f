package ch.so.integration.billing.tariff.api;

/** PG-05: the version added and the version it closed (null when none was in force). */
public record PasstgenauRateVersion(PasstgenauRateView created, PasstgenauRateView closed) {
}
