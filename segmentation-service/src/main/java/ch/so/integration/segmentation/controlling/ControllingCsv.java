package ch.so.integration.segmentation.controlling;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;

/**
 * SG-12: one figure as CSV for Excel with Swiss settings: UTF-8 with a byte-order mark, semicolons, CRLF, a header
 * row (dimensions, then measures), one row per cell. A suppressed value is {@value #SUPPRESSED}, as in the tables
 * of the Federal Statistical Office; a value that does not exist (a rate of nothing) is empty.
 */
public final class ControllingCsv {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String SUPPRESSED = "x";
    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";
    static final char SEPARATOR = ';';

    private ControllingCsv() {
    }

    public static String text(FigureTable figure) {
        StringBuilder csv = new StringBuilder(BOM);
        List<String> header = new ArrayList<>(figure.dimensions());
        header.addAll(figure.measures());
        line(csv, header);
        for (FigureRow row : figure.rows()) {
            List<String> fields = new ArrayList<>();
            for (String dimension : figure.dimensions()) {
                fields.add(row.dimensions().get(dimension));
            }
            for (String measure : figure.measures()) {
                fields.add(value(row, measure));
            }
            line(csv, fields);
        }
        return csv.toString();
    }

    public static byte[] bytes(FigureTable figure) {
        return text(figure).getBytes(StandardCharsets.UTF_8);
    }

    static String value(FigureRow row, String measure) {
        if (row.suppressed()) {
            return SUPPRESSED;
        }
        BigDecimal value = row.values().get(measure);
        return value == null ? "" : value.toPlainString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(SEPARATOR);
            }
            csv.append(field(fields.get(i)));
        }
        csv.append(LINE_END);
    }

    /** Quotes a field holding a separator, a quote or a line break (RFC 4180), doubling its quotes. */
    static String field(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
