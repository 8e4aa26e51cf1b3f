package ch.so.integration.segmentation.controlling;

import java.math.BigDecimal;
import java.util.Map;

import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;

/** Reads cells of a figure in the tests. */
final class Figures {

    private Figures() {
    }

    static FigureRow row(FigureTable table, String rowKey, String columnKey) {
        String rowDimension = table.dimensions().get(0);
        String columnDimension = table.dimensions().get(1);
        return table.rows().stream()
                .filter(r -> r.dimensions().equals(Map.of(rowDimension, rowKey, columnDimension, columnKey)))
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + rowKey + "/" + columnKey));
    }

    static BigDecimal value(FigureTable table, String rowKey, String columnKey, String measure) {
        return row(table, rowKey, columnKey).values().get(measure);
    }

    static boolean suppressed(FigureTable table, String rowKey, String columnKey) {
        return row(table, rowKey, columnKey).suppressed();
    }
}
