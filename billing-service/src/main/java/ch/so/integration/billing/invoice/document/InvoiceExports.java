package ch.so.integration.billing.invoice.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Invoice documents as CSV and as an Excel workbook (pure functions; the same documents give the same content).
 *
 * <p><b>CSV</b> ({@link #csv}): for Excel with Swiss settings: UTF-8 with a byte-order mark, {@code ;} between fields,
 * CRLF line ends, a header row ({@link #COLUMNS}), then one row per invoice line in document order, and per invoice
 * one more row for the rounding to CHF 0.05 (rule {@value #ROUNDING_RULE}) when it is not zero, so the amounts of an
 * invoice's rows add up to its total. Amounts are plain decimals with a point and two decimals ({@code 1736.00},
 * {@code -12.50}); dates ISO ({@code 2026-11-30}), months {@code 2026-11}. A field holding {@code ;}, a quote or a line
 * break is quoted (RFC 4180, quotes doubled); a text field starting with {@code = + - @} gets a leading apostrophe so
 * Excel does not run it as a formula (amounts are never changed).
 *
 * <p><b>XLSX</b> ({@link #xlsx}): sheet "Rechnungen" with one row per invoice (number, kind, corrects, issue date,
 * month, creditor, debtor, currency, subtotal, rounding, total) and a sum row per currency; sheet "Positionen" with the
 * CSV's rows. Amounts are numeric cells formatted {@code "CHF "#,##0.00} (or EUR), dates are date cells.
 */
public final class InvoiceExports {

    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String ROUNDING_RULE = "Rappenrundung";

    public static final List<String> COLUMNS = List.of("invoiceNumber", "kind", "corrects", "issueDate", "month",
            "creditor", "debtor", "participant", "reference", "rule", "text", "amount", "currency");

    static final String BOM = "\uFEFF";
    static final String LINE_END = "\r\n";
    static final char SEPARATOR = ';';

    private InvoiceExports() {
    }

    /** One export row: an invoice line, or the rounding of an invoice. */
    record ExportRow(InvoiceDocument invoice, String participant, String reference, String rule, String text,
               BigDecimal amount) {
    }

    /** The rows of the documents: each invoice's lines, then its rounding when not zero. */
    static List<ExportRow> rows(List<InvoiceDocument> documents) {
        List<ExportRow> rows = new ArrayList<>();
        for (InvoiceDocument d : documents) {
            for (InvoiceDocument.Line line : d.lines()) {
                rows.add(new ExportRow(d, line.participant(), line.reference(), line.rule(), line.text(),
                        line.amount()));
            }
            if (d.roundingAmount() != null && d.roundingAmount().signum() != 0) {
                rows.add(new ExportRow(d, "", null, ROUNDING_RULE, d.roundingText(), d.roundingAmount()));
            }
        }
        return rows;
    }

    /** The CSV's bytes (UTF-8 with BOM). */
    public static byte[] csv(List<InvoiceDocument> documents) {
        StringBuilder csv = new StringBuilder(BOM);
        line(csv, COLUMNS);
        for (ExportRow row : rows(documents)) {
            InvoiceDocument d = row.invoice();
            line(csv, List.of(text(d.number()), text(d.kind()), text(d.corrects()), value(d.issueDate()),
                    value(d.month()), text(d.creditor().name()), text(d.debtorName()), text(row.participant()),
                    text(row.reference()), text(row.rule()), text(row.text()), decimal(row.amount()),
                    text(d.currency())));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The workbook's bytes. */
    public static byte[] xlsx(List<InvoiceDocument> documents) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            invoicesSheet(workbook.createSheet("Rechnungen"), documents, styles);
            linesSheet(workbook.createSheet("Positionen"), documents, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Styles {
        final XSSFWorkbook workbook;
        final CellStyle bold;
        final CellStyle date;
        final Map<String, CellStyle> money = new TreeMap<>();
        final Map<String, CellStyle> boldMoney = new TreeMap<>();
        final Font boldFont;

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
        }

        CellStyle money(String currency, boolean strong) {
            Map<String, CellStyle> styles = strong ? boldMoney : money;
            return styles.computeIfAbsent(currency == null ? "" : currency, c -> {
                DataFormat format = workbook.createDataFormat();
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(format.getFormat(c.isEmpty() ? "#,##0.00" : "\"" + c + " \"#,##0.00"));
                if (strong) {
                    style.setFont(boldFont);
                }
                return style;
            });
        }
    }

    static final List<String> INVOICE_COLUMNS = List.of("invoiceNumber", "kind", "corrects", "issueDate", "month",
            "creditor", "debtor", "currency", "subtotal", "rounding", "total");

    private static void invoicesSheet(Sheet sheet, List<InvoiceDocument> documents, Styles styles) {
        header(sheet, INVOICE_COLUMNS, styles);
        int r = 1;
        Map<String, BigDecimal[]> sums = new TreeMap<>();
        for (InvoiceDocument d : documents) {
            Row row = sheet.createRow(r++);
            string(row, 0, d.number());
            string(row, 1, d.kind());
            string(row, 2, d.corrects());
            if (d.issueDate() != null) {
                Cell cell = row.createCell(3);
                cell.setCellValue(d.issueDate());
                cell.setCellStyle(styles.date);
            }
            string(row, 4, d.month() == null ? null : d.month().toString());
            string(row, 5, d.creditor().name());
            string(row, 6, d.debtorName());
            string(row, 7, d.currency());
            money(row, 8, d.subtotal(), styles.money(d.currency(), false));
            money(row, 9, d.roundingAmount(), styles.money(d.currency(), false));
            money(row, 10, d.total(), styles.money(d.currency(), false));
            BigDecimal[] sum = sums.computeIfAbsent(d.currency() == null ? "" : d.currency(),
                    c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(orZero(d.subtotal()));
            sum[1] = sum[1].add(orZero(d.roundingAmount()));
            sum[2] = sum[2].add(orZero(d.total()));
        }
        for (Map.Entry<String, BigDecimal[]> sum : sums.entrySet()) {
            Row row = sheet.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue("Summe " + sum.getKey());
            label.setCellStyle(styles.bold);
            string(row, 7, sum.getKey());
            money(row, 8, sum.getValue()[0], styles.money(sum.getKey(), true));
            money(row, 9, sum.getValue()[1], styles.money(sum.getKey(), true));
            money(row, 10, sum.getValue()[2], styles.money(sum.getKey(), true));
        }
        widths(sheet, INVOICE_COLUMNS);
    }

    private static void linesSheet(Sheet sheet, List<InvoiceDocument> documents, Styles styles) {
        header(sheet, COLUMNS, styles);
        int r = 1;
        for (ExportRow line : rows(documents)) {
            InvoiceDocument d = line.invoice();
            Row row = sheet.createRow(r++);
            string(row, 0, d.number());
            string(row, 1, d.kind());
            string(row, 2, d.corrects());
            if (d.issueDate() != null) {
                Cell cell = row.createCell(3);
                cell.setCellValue(d.issueDate());
                cell.setCellStyle(styles.date);
            }
            string(row, 4, d.month() == null ? null : d.month().toString());
            string(row, 5, d.creditor().name());
            string(row, 6, d.debtorName());
            string(row, 7, line.participant());
            string(row, 8, line.reference());
            string(row, 9, line.rule());
            string(row, 10, line.text());
            money(row, 11, line.amount(), styles.money(d.currency(), false));
            string(row, 12, d.currency());
        }
        widths(sheet, COLUMNS);
        sheet.setColumnWidth(10, 80 * 256);
    }

    private static void header(Sheet sheet, List<String> columns, Styles styles) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.bold);
        }
        sheet.createFreezePane(0, 1);
    }

    private static void widths(Sheet sheet, List<String> columns) {
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, Math.max(14, columns.get(c).length() + 2) * 256);
        }
    }

    private static void string(Row row, int column, String value) {
        if (value != null && !value.isEmpty()) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void money(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(Math.max(2, value.scale()), java.math.RoundingMode.UNNECESSARY)
                .toPlainString();
    }

    private static String value(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A text field, neutralised against spreadsheet formulas. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
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
