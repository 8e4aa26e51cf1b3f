package ch.so.integration.segmentation.controlling.api;

import java.util.List;

/**
 * One figure of the controlling: a two-dimensional table in long form (one row per cell, totals included), the
 * shape Excel's pivot tables read. {@code name} is also the CSV's file name.
 */
public record FigureTable(String name, String title, String description, List<String> dimensions,
                          List<String> measures, List<FigureRow> rows) {
}
