package ch.so.integration.intake.financing.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The financing body's grant: its number, who issued it, the validity and the amount or limit (CHF). */
public record GrantRequest(
        @Schema(examples = "KGS-2026-0412") @NotBlank(message = "is required")
        @Size(max = 60, message = "must be at most 60 characters") String number,
        @Schema(examples = "Sozialregion Oberer Leberberg") @NotBlank(message = "is required")
        @Size(max = 120, message = "must be at most 120 characters") String issuer,
        @NotNull(message = "is required") LocalDate validFrom,
        @Schema(description = "Open-ended when absent") LocalDate validTo,
        @Schema(description = "Amount or cost limit in CHF", examples = "24000.00")
        @DecimalMin(value = "0.00", message = "must not be negative")
        @Digits(integer = 10, fraction = 2, message = "must be an amount in CHF with at most 2 decimals")
        BigDecimal amountLimit) {
}
