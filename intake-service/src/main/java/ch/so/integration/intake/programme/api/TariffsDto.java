package ch.so.integration.intake.programme.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.Tariffs;

/**
 * A provider's tariffs in CHF (AM-01). Give the units the programme type is billed in; leave the others out. Each
 * must not exceed the type's maximum.
 */
@Schema(description = "Tariffs in CHF; at most the AM-01 maximum of the programme type, only in the units it is billed in")
public record TariffsDto(
        @Schema(description = "CHF per coaching hour (integration.arbeit, Coaching)", examples = "180.00")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount in CHF with at most 2 decimals") BigDecimal perCoachingHour,
        @Schema(description = "CHF per programme day", examples = "80.00")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount in CHF with at most 2 decimals") BigDecimal perDay,
        @Schema(description = "CHF per hour worked (Suchthilfe Stundenlohn)", examples = "4.00")
        @DecimalMin(value = "0", message = "must not be negative")
        @Digits(integer = 8, fraction = 2, message = "must be an amount in CHF with at most 2 decimals") BigDecimal perHourWorked) {

    public Tariffs toTariffs() {
        return new Tariffs(perCoachingHour, perDay, perHourWorked);
    }
}
