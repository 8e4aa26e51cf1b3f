package ch.so.integration.billing.tariff.api;

/** AM-01: the version added and the version it closed (null when none was in force). */
public record AmiMaximumTariffVersion(AmiMaximumTariffView created, AmiMaximumTariffView closed) {
}
