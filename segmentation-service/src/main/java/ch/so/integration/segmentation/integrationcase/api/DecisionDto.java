package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;
import java.util.Set;

import ch.so.integration.segmentation.integrationcase.NeedCategory;
import ch.so.integration.segmentation.integrationcase.Segment;

/**
 * SG-02..SG-04: a segment decision: the segment, the structured reason (need categories and text; there is no field
 * for personality traits), and optionally an earlier end of validity and review due date than the defaults
 * (6 months; the review 14 days before).
 */
public record DecisionDto(Segment segment, Set<NeedCategory> needCategories, String reason, LocalDate validUntil,
                          LocalDate reviewDueOn) {
}
