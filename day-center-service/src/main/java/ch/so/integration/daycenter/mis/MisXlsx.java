package ch.so.integration.daycenter.mis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import ch.so.integration.daycenter.mis.api.MisReport;
import ch.so.integration.daycenter.mis.api.MisReport.Figures;

/**
 * DC-19: the MIS as an Excel workbook: one sheet named after the month, a bold header row (the CSV's columns), one
 * row per area, then TOTAL. Numbers are numeric cells (held half-days and percentages with one decimal); unknown values
 * stay empty.
 */
public final class MisXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MisXlsx() {
    }

    public static byte[] bytes(MisReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("MIS " + report.month());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle oneDecimal = workbook.createCellStyle();
            oneDecimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            CellStyle boldOneDecimal = workbook.createCellStyle();
            boldOneDecimal.cloneStyleFrom(oneDecimal);
            boldOneDecimal.setFont(font);

            Row header = sheet.createRow(0);
            for (int c = 0; c < MisCsv.HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(MisCsv.HEADER.get(c));
                cell.setCellStyle(bold);
            }
            List<Figures> rows = new ArrayList<>(report.areas());
            rows.add(report.total());
            int r = 1;
            for (Figures f : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(report.month());
                row.createCell(1).setCellValue(f.area());
                number(row, 2, f.capacityPerHalfDay());
                number(row, 3, f.openDays());
                number(row, 4, f.capacityHalfDays());
                number(row, 5, f.participantsAtMonthEnd());
                boolean total = MisReport.TOTAL.equals(f.area());
                CellStyle decimal = total ? boldOneDecimal : oneDecimal;
                decimal(row, 6, f.heldHalfDays(), decimal);
                decimal(row, 7, f.occupancyPercent(), decimal);
                number(row, 8, f.plannedHalfDays());
                decimal(row, 9, f.plannedPercent(), decimal);
                number(row, 10, f.entries());
                number(row, 11, f.exits());
                if (total) {
                    row.forEach(cell -> {
                        if (cell.getCellStyle().getIndex() != boldOneDecimal.getIndex()) {
                            cell.setCellStyle(bold);
                        }
                    });
                }
            }
            for (int c = 0; c < MisCsv.HEADER.size(); c++) {
                sheet.setColumnWidth(c, Math.max(12, MisCsv.HEADER.get(c).length() + 2) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void decimal(Row row, int column, java.math.BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, Number value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }
}
