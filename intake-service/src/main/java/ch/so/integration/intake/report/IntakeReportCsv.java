package ch.so.integration.intake.report;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.so.integration.intake.report.api.IntakeReportView;
import ch.so.integration.intake.report.api.MonthFigures;
import ch.so.integration.intake.report.api.TypeFigures;

/**
 * The intake report as CSV for Excel with Swiss settings: UTF-8 with a byte-order mark (so Excel reads the umlauts
 * of the labels right), semicolons between fields (the list separator of de-CH Excel), CRLF line ends (RFC 4180), a
 * header row, then one row per month and placement type. Decimals use a point, as de-CH writes them; an unknown
 * value (no capacity) is an empty field. Totals are not repeated as rows: Excel sums the columns.
 */
public final class IntakeReportCsv {

    public static final String MEDIA_TYPE = "text/csv";

    /** Separates fields. */
    public static final char SEPARATOR = ';';

    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";

    static final List<String> HEADER = List.of("month", "type", "label", "entries", "transfers", "transfersOut",
            "exits", "occupiedAtMonthEnd", "capacity", "occupancyPercent");

    private IntakeReportCsv() {
    }

    /** The CSV text, with the byte-order mark in front. */
    public static String text(IntakeReportView report) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, HEADER);
        for (MonthFigures month : report.months()) {
            for (TypeFigures t : month.types()) {
                line(csv, List.of(month.month().toString(), t.type().name(), t.label(),
                        Long.toString(t.entries()), Long.toString(t.transfers()), Long.toString(t.transfersOut()),
                        Long.toString(t.exits()), Long.toString(t.occupiedAtMonthEnd()),
                        t.capacity() == null ? "" : t.capacity().toString(), decimal(t.occupancyPercent())));
            }
        }
        return csv.toString();
    }

    /** The CSV as UTF-8 bytes, byte-order mark included. */
    public static byte[] bytes(IntakeReportView report) {
        return text(report).getBytes(StandardCharsets.UTF_8);
    }

    private static String decimal(BigDecimal value) {
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

    /** Quotes a field that holds a separator, a quote or a line break (RFC 4180), doubling its quotes. */
    static String field(String value) {
        if (value.indexOf(SEPARATOR) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
