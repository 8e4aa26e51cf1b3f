package ch.so.integration.iiz.plan.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** IZ-08: the plan's measures (checked field by field: measures[i].title, .deadline, .responsibleInstitution). */
public record PlanRequest(@NotNull(message = "is required") List<MeasureDto> measures) {
}
