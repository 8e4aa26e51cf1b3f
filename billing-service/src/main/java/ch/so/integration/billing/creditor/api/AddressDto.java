package ch.so.integration.billing.creditor.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A creditor's postal address as the QR-bill prints it (structured address). */
public record AddressDto(
        @Schema(examples = "Bahnhofstrasse", description = "at most 70 characters") String street,
        @Schema(examples = "12a", description = "optional, at most 16 characters") String houseNumber,
        @Schema(examples = "4500", description = "4 digits") String postalCode,
        @Schema(examples = "Solothurn", description = "at most 35 characters") String town,
        @Schema(examples = "CH", enumeration = {"CH", "LI"}) String country) {
}
