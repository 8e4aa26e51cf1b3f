package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.segmentation.integrationcase.NeedCategory;
import ch.so.integration.segmentation.integrationcase.Segment;

/** SG-01: the initial segmentation; without {@code segment}, O (the default when unclear) is taken. */
public record SegmentationRequest(@NotNull(message = "is required") LocalDate decidedOn, Segment segment,
                                  Set<NeedCategory> needCategories, String reason, LocalDate validUntil,
                                  LocalDate reviewDueOn) {
}
