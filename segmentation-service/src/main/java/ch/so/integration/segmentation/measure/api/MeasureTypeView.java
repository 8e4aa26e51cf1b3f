package ch.so.integration.segmentation.measure.api;

import java.util.Map;

import ch.so.integration.segmentation.integrationcase.Segment;
import ch.so.integration.segmentation.measure.Admissibility;
import ch.so.integration.segmentation.measure.MeasureType;

/** SG-05: a measure type and whether each segment admits it. */
public record MeasureTypeView(MeasureType type, String label, Map<Segment, Admissibility> segments) {
}
