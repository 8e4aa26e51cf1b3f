package ch.so.integration.intake.assessment.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.assessment.Assessment;
import ch.so.integration.intake.assessment.AssessmentReason;
import ch.so.integration.intake.assessment.RecommendedSetting;

/** A completed assessment (DC-15). */
public record RecordAssessmentRequest(
        @Schema(description = "Intake's person id") @NotNull(message = "is required") UUID personId,
        @Schema(description = "The day of the assessment; not in the future", examples = "2026-11-20")
        @NotNull(message = "is required") LocalDate date,
        @Schema(description = "The assessing staff member's name or short id", examples = "ikw-mba")
        @NotBlank(message = "is required")
        @Size(max = Assessment.MAX_ASSESSOR_LENGTH, message = "must be at most 100 characters") String assessor,
        @NotNull(message = "is required") AssessmentReason reason,
        @NotNull(message = "is required") RecommendedSetting recommendedSetting,
        @Schema(description = "1 to 5 work areas, each named once", examples = "[\"Holzwerkstatt\", \"Küche\"]")
        @NotNull(message = "is required") @Size(min = Assessment.MIN_AREAS, max = Assessment.MAX_AREAS,
                message = "must name 1 to 5 work areas")
        List<@NotBlank(message = "is required")
             @Size(max = Assessment.MAX_AREA_LENGTH, message = "must be at most 60 characters") String> recommendedAreas,
        @Schema(description = "Pensum in % (DC-05: 10 % steps)", examples = "60")
        @NotNull(message = "is required") @Min(value = 10, message = "must be 10 to 100 in steps of 10 (DC-05)")
        @Max(value = 100, message = "must be 10 to 100 in steps of 10 (DC-05)") Integer recommendedPensumPercent,
        @Schema(description = "What was assessed and why this recommendation")
        @NotBlank(message = "is required")
        @Size(max = Assessment.MAX_SUMMARY_LENGTH, message = "must be at most 4000 characters") String summary) {
}
