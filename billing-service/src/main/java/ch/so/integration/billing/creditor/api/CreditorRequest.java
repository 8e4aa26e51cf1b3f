package ch.so.integration.billing.creditor.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.billing.creditor.CreditorKind;

/** A creditor to register, or its new terms (the kind cannot change). */
public record CreditorRequest(
        @Schema(required = true) CreditorKind kind,
        @Schema(description = "Intake's provider id; required for AMI_PROVIDER (unique), absent for the others")
        UUID intakeProviderId,
        @Schema(description = "Intake's pass(t)genau provider; required for PASST_GENAU_PROVIDER (unique), absent for "
                + "the others", enumeration = {"LEBENSHILFE_SUEDSCHWARZWALD", "ST_JOSEFSHAUS"})
        String passtGenauProvider,
        @Schema(description = "The institution claim of the partner tokens that act for this creditor (submit service "
                + "records, read its invoices); optional", examples = "PROV-REGIOMECH")
        String institutionId,
        @Schema(required = true, examples = "Regiomech AG", description = "at most 70 characters") String name,
        @Schema(required = true) AddressDto address,
        @Schema(required = true, examples = "CH44 3199 9123 0008 8901 2",
                description = "IBAN or QR-IBAN of a Swiss or Liechtenstein account, spaces allowed") String iban) {
}
