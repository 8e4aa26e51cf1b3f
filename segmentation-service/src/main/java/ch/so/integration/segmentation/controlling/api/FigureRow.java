package ch.so.integration.segmentation.controlling.api;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One cell of a figure: the values of its dimensions (e.g. segment A, group ENTITLED) and its measures. A suppressed
 * cell (a group of fewer than 5 cases, or hidden so that it cannot be computed from the totals) has all measures null.
 */
public record FigureRow(
        @Schema(description = "Dimension name to value, e.g. {\"segment\": \"A\", \"group\": \"ENTITLED\"}")
        Map<String, String> dimensions,
        @Schema(description = "Measure name to value; all null when suppressed")
        Map<String, BigDecimal> values,
        @Schema(description = "True when the cell is hidden (SG-12: fewer than 5 cases, or complementary)")
        boolean suppressed) {
}
