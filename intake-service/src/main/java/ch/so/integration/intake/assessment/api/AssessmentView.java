package ch.so.integration.intake.assessment.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.assessment.Assessment;
import ch.so.integration.intake.assessment.AssessmentReason;
import ch.so.integration.intake.assessment.AssessmentStatus;
import ch.so.integration.intake.assessment.RecommendedSetting;

/** An assessment as the API shows it. */
public record AssessmentView(
        UUID id,
        UUID personId,
        LocalDate date,
        String assessor,
        AssessmentReason reason,
        RecommendedSetting recommendedSetting,
        List<String> recommendedAreas,
        int recommendedPensumPercent,
        String summary,
        AssessmentStatus status,
        @Schema(description = "DC-15: the last effective date of a placement change this assessment backs (6 months)")
        LocalDate validUntil,
        OffsetDateTime recordedAt) {

    public static AssessmentView of(Assessment a) {
        return new AssessmentView(a.id(), a.personId(), a.date(), a.assessor(), a.reason(),
                RecommendedSetting.valueOf(a.recommendedSetting()), a.recommendedAreas(), a.recommendedPensumPercent(),
                a.summary(), a.status(), a.validUntil(), a.recordedAt());
    }
}
