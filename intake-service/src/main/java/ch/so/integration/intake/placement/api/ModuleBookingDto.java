package ch.so.integration.intake.placement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.ModuleBooking;
import ch.so.integration.intake.placement.PasstGenauModule;

/** A pass(t)genau module to book (PG-02): planned first and last day, planned professional service hours. */
@Schema(name = "ModuleBooking")
public record ModuleBookingDto(
        @NotNull(message = "is required") PasstGenauModule module,
        @NotNull(message = "is required") LocalDate plannedStart,
        @Schema(description = "Last planned day (inclusive)") @NotNull(message = "is required") LocalDate plannedEnd,
        @NotNull(message = "is required") @Min(value = 0, message = "must not be negative") Integer plannedHours,
        @Schema(description = "Job coaching only: the IFD mandate's reference")
        @Size(max = 60, message = "must be at most 60 characters") String ifdMandateReference) {

    public ModuleBooking toBooking() {
        return new ModuleBooking(module, plannedStart, plannedEnd, plannedHours,
                ifdMandateReference == null || ifdMandateReference.isBlank() ? null : ifdMandateReference.strip());
    }

    public static ModuleBookingDto of(ModuleBooking b) {
        return new ModuleBookingDto(b.module(), b.plannedStart(), b.plannedEnd(), b.plannedHours(),
                b.ifdMandateReference());
    }
}
