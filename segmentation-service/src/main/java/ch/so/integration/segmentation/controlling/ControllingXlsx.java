package ch.so.integration.segmentation.controlling;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;

/**
 * SG-12: the controlling workbook: a sheet "About" (period, threshold, readings), then one sheet per figure named
 * after it, with a bold header row (as the CSV) and one row per cell. Numbers are numeric cells; a suppressed value
 * is the text {@value ControllingCsv#SUPPRESSED}; a value that does not exist stays empty. The workbook carries no
 * author or other document properties naming anyone.
 */
public final class ControllingXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ABOUT = "About";

    private ControllingXlsx() {
    }

    public static byte[] bytes(ControllingReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getProperties().getCoreProperties().setCreator("segmentation-service");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet about = workbook.createSheet(ABOUT);
            int r = 0;
            r = pair(about, r, "Case-based controlling (SG-11, SG-12)", "", bold);
            r = pair(about, r, "from", report.from().toString(), bold);
            r = pair(about, r, "to", report.to().toString(), bold);
            r = pair(about, r, "threshold (cases)", Integer.toString(report.threshold()), bold);
            for (String note : report.notes()) {
                r = pair(about, r, "note", note, bold);
            }
            for (FigureTable figure : report.figures()) {
                r = pair(about, r, figure.name(), figure.title() + ". " + figure.description(), bold);
            }
            about.setColumnWidth(0, 24 * 256);
            about.setColumnWidth(1, 120 * 256);

            for (FigureTable figure : report.figures()) {
                Sheet sheet = workbook.createSheet(figure.name());
                Row header = sheet.createRow(0);
                int c = 0;
                for (String name : figure.dimensions()) {
                    text(header, c++, name, bold);
                }
                for (String name : figure.measures()) {
                    text(header, c++, name, bold);
                }
                int rowIndex = 1;
                for (FigureRow figureRow : figure.rows()) {
                    Row row = sheet.createRow(rowIndex++);
                    boolean total = figureRow.dimensions().containsValue(Grid.TOTAL);
                    int column = 0;
                    for (String dimension : figure.dimensions()) {
                        text(row, column++, figureRow.dimensions().get(dimension), total ? bold : null);
                    }
                    for (String measure : figure.measures()) {
                        if (figureRow.suppressed()) {
                            text(row, column, ControllingCsv.SUPPRESSED, total ? bold : null);
                        } else {
                            BigDecimal value = figureRow.values().get(measure);
                            if (value != null) {
                                Cell cell = row.createCell(column);
                                cell.setCellValue(value.doubleValue());
                                if (total) {
                                    cell.setCellStyle(bold);
                                }
                            }
                        }
                        column++;
                    }
                }
                for (int i = 0; i < c; i++) {
                    sheet.setColumnWidth(i, 18 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int pair(Sheet sheet, int r, String key, String value, CellStyle bold) {
        Row row = sheet.createRow(r);
        text(row, 0, key, bold);
        text(row, 1, value, null);
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
