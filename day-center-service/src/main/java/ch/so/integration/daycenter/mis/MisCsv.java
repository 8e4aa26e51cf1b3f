package ch.so.integration.daycenter.mis;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ch.so.integration.daycenter.mis.api.MisReport;
import ch.so.integration.daycenter.mis.api.MisReport.Figures;

/**
 * DC-19: the MIS as CSV for Excel with Swiss settings: UTF-8 with a byte-order mark, semicolons, CRLF, a header row
 * (the JSON field names), one row per area, then the TOTAL row. Decimals with a point; unknown values empty.
 */
public final class MisCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";
    static final char SEPARATOR = ';';

    static final List<String> HEADER = List.of("month", "area", "capacityPerHalfDay", "openDays", "capacityHalfDays",
            "participantsAtMonthEnd", "heldHalfDays", "occupancyPercent", "plannedHalfDays", "plannedPercent", "entries",
            "exits");

    private MisCsv() {
    }

    public static String text(MisReport report) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        List<Figures> rows = new ArrayList<>(report.areas());
        rows.add(report.total());
        for (Figures f : rows) {
            line(csv, List.of(report.month(), f.area(), text(f.capacityPerHalfDay()), Integer.toString(f.openDays()),
                    text(f.capacityHalfDays()), Long.toString(f.participantsAtMonthEnd()),
                    decimal(f.heldHalfDays()),
                    decimal(f.occupancyPercent()), Long.toString(f.plannedHalfDays()), decimal(f.plannedPercent()),
                    Long.toString(f.entries()), Long.toString(f.exits())));
        }
        return csv.toString();
    }

    public static byte[] bytes(MisReport report) {
        return text(report).getBytes(StandardCharsets.UTF_8);
    }

    private static String decimal(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
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
