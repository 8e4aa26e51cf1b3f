package ch.so.integration.intake.placement.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.intake.placement.ExitReason;
import ch.so.integration.intake.placement.PasstGenauTargetGroup;
import ch.so.integration.intake.placement.Placement;
import ch.so.integration.intake.placement.PlacementStatus;
import ch.so.integration.intake.placement.PlacementType;
import ch.so.integration.intake.programme.ProgrammeType;

/** A placement with its financing and agreement as far as they are known, and its history of mutations. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlacementView(UUID id, UUID personId, PlacementType type, PlacementStatus status, LocalDate startDate,
                            LocalDate endDate, Integer pensumPercent, Integer billingBasisPensumPercent,
                            Boolean externalDayStructure, List<String> workAreas, UUID programmeId,
                            ProgrammeType programmeType, PasstGenauTargetGroup targetGroup,
                            List<ModuleBookingDto> modules, UUID assessmentId, FinancingSummary financing,
                            AgreementSummary agreement, ExitReason exitReason, LocalDate noticeGivenOn,
                            OffsetDateTime createdAt, List<MutationView> mutations, List<CourseStepView> course) {

    /** The current financing instrument. */
    public record FinancingSummary(UUID instrumentId, String instrument, String debtor, String debtorName,
                                   int participantSharePercent, String status, String rule, String reason) {
    }

    public record AgreementSummary(UUID agreementId, String status, String noticePeriod) {
    }

    /** Without financing, target group, modules and financing mutations (benefits and health data). */
    public PlacementView forDayCenterStaff() {
        return new PlacementView(id, personId, type, status, startDate, endDate, pensumPercent,
                billingBasisPensumPercent, externalDayStructure, workAreas, programmeId, programmeType, null, null,
                assessmentId, null, agreement, exitReason, noticeGivenOn, createdAt,
                mutations.stream().filter(m -> m.kind() != ch.so.integration.intake.placement.MutationKind.FINANCING)
                        .toList(), course);
    }

    public static PlacementView of(Placement p, FinancingSummary financing, AgreementSummary agreement) {
        return new PlacementView(p.id(), p.personId(), p.type(), p.status(), p.startDate(), p.endDate(),
                p.pensumPercent(), p.billingBasisPensumPercent(),
                p.type() == PlacementType.IVSE_B_STATIONARY ? p.externalDayStructure() : null,
                p.type().isDayCenter() ? p.workAreas() : null, p.programmeId(), p.programmeType(), p.targetGroup(),
                p.type() == PlacementType.PASST_GENAU ? p.modules().stream().map(ModuleBookingDto::of).toList() : null,
                p.assessmentId(), financing, agreement, p.exitReason(), p.noticeGivenOn(), p.createdAt(),
                p.mutations().stream().map(MutationView::of).toList(),
                p.type() == PlacementType.AMI_PROGRAMME ? p.course().stream().map(CourseStepView::of).toList() : null);
    }
}
