package ch.so.integration.intake.placement.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.placement.PasstGenauProvider;
import ch.so.integration.intake.placement.PasstGenauTargetGroup;
import ch.so.integration.intake.placement.PlacementType;

/**
 * A placement to make. Which fields apply depends on the type: day-center places (IVSE B) need Pensum and work
 * areas (stationary also the assessment); AMI programmes the programme; pass(t)genau the target group, provider
 * and modules.
 */
public record CreatePlacementRequest(
        @NotNull(message = "is required") UUID personId,
        @NotNull(message = "is required") PlacementType type,
        @Schema(description = "First day (pass(t)genau: the first module's start)", examples = "2026-12-01")
        @NotNull(message = "is required") LocalDate startDate,
        @Schema(description = "Pensum in % (DC-05: 10 % steps); day-center places", examples = "60")
        Integer pensumPercent,
        @Schema(description = "Day-center work areas (DC-15: more than one through the assessment)")
        @Size(max = 10, message = "must name at most 10 areas")
        List<@NotBlank(message = "must not be blank") @Size(max = 80, message = "must be at most 80 characters") String> workAreas,
        @Schema(description = "IVSE B stationary: has an external day place or a first-labour-market job (DC-07)")
        Boolean externalDayStructure,
        @Schema(description = "The completed assessment (DC-15)") UUID assessmentId,
        @Schema(description = "AMI: the programme of the catalogue") UUID programmeId,
        @Schema(description = "pass(t)genau: target-group basis (PG-01)") PasstGenauTargetGroup targetGroup,
        @Schema(description = "pass(t)genau: the cooperating provider the agreement is made with (PG-05)")
        PasstGenauProvider passtGenauProvider,
        @Schema(description = "pass(t)genau: the modules booked (PG-02)")
        @Size(max = 10, message = "must book at most 10 modules") List<@Valid @NotNull(message = "must not be null") ModuleBookingDto> modules) {
}
