package ch.so.integration.billing.tariff.api;

/** DC-21: the version added and the version it closed (null when none was in force). */
public record DayCenterFlatRateVersion(DayCenterFlatRateView created, DayCenterFlatRateView closed) {
}
