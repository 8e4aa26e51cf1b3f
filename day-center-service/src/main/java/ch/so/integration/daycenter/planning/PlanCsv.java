package ch.so.integration.daycenter.planning;

import java.util.List;

import ch.so.integration.daycenter.planning.api.PlanEntryView;

/**
 * A week's plan as CSV for Swiss Excel: UTF-8 with a byte-order mark, semicolons, CRLF line ends (RFC 4180), a
 * header row, then one row per entry by date, half-day, area and participant.
 */
public final class PlanCsv {

    public static final String MEDIA_TYPE = "text/csv";
    static final char SEPARATOR = ';';
    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";
    static final List<String> HEADER = List.of("week", "date", "halfDay", "from", "to", "areaId", "area",
            "placementId", "officialName", "firstName");

    private PlanCsv() {
    }

    public static String text(String week, List<PlanEntryView> entries) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (PlanEntryView e : entries) {
            line(csv, List.of(week, e.date().toString(), e.halfDay().name(), e.halfDay().from().toString(),
                    e.halfDay().to().toString(), e.areaId().toString(), e.areaName(), e.placementId().toString(),
                    e.participant().officialName(), e.participant().firstName()));
        }
        return csv.toString();
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

    /** Quotes a field holding a separator, quote or line break, doubling its quotes. */
    static String field(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
