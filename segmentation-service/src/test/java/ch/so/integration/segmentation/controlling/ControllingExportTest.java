package ch.so.integration.segmentation.controlling;

import static ch.so.integration.segmentation.controlling.Histories.entitled;
import static ch.so.integration.segmentation.controlling.Histories.prevention;
import static ch.so.integration.segmentation.controlling.Histories.times;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureRow;
import ch.so.integration.segmentation.controlling.api.FigureTable;

class ControllingExportTest {

    static ControllingReport report() {
        List<CaseHistory> cases = new ArrayList<>();
        cases.addAll(times(6, () -> entitled().decide("2025-10-01", Segment.V)));
        cases.addAll(times(2, () -> prevention().decide("2025-10-01", Segment.V)));
        cases.addAll(times(7, () -> entitled().decide("2025-10-01", Segment.S)));
        cases.addAll(times(5, () -> prevention().decide("2025-10-01", Segment.S)));
        return ControllingFigures.of(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), cases);
    }

    @Test
    @DisplayName("SG-12 CSV: byte-order mark, semicolons, header of dimensions and measures, x for suppressed")
    void sg12Csv() {
        FigureTable distribution = report().figure(ControllingFigures.DISTRIBUTION);
        String csv = new String(ControllingCsv.bytes(distribution), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsegment;group;cases\r\n");
        assertThat(csv).contains("\r\nV;PREVENTION;x\r\n").contains("\r\nV;ENTITLED;x\r\n")
                .contains("\r\nA;ENTITLED;0\r\n").contains("\r\nTOTAL;TOTAL;20\r\n");
        assertThat(csv.split("\r\n")).hasSize(1 + 5 * 3);
        assertThat(ControllingCsv.field("a;b")).isEqualTo("\"a;b\"");
    }

    @Test
    @DisplayName("SG-12 XLSX: an About sheet and one sheet per figure with the same cells as the JSON, x if hidden")
    void sg12Xlsx() throws Exception {
        ControllingReport report = report();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ControllingXlsx.bytes(report)))) {
            assertThat(workbook.getSheetName(0)).isEqualTo(ControllingXlsx.ABOUT);
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1 + report.figures().size());
            assertThat(workbook.getProperties().getCoreProperties().getCreator()).isEqualTo("segmentation-service");
            for (FigureTable figure : report.figures()) {
                Sheet sheet = workbook.getSheet(figure.name());
                assertThat(sheet).as(figure.name()).isNotNull();
                assertThat(sheet.getLastRowNum()).isEqualTo(figure.rows().size());
                int columns = figure.dimensions().size();
                for (int r = 0; r < figure.rows().size(); r++) {
                    FigureRow expected = figure.rows().get(r);
                    Row row = sheet.getRow(r + 1);
                    for (int d = 0; d < columns; d++) {
                        assertThat(row.getCell(d).getStringCellValue())
                                .isEqualTo(expected.dimensions().get(figure.dimensions().get(d)));
                    }
                    for (int m = 0; m < figure.measures().size(); m++) {
                        Cell cell = row.getCell(columns + m);
                        var value = expected.values().get(figure.measures().get(m));
                        if (expected.suppressed()) {
                            assertThat(cell.getStringCellValue()).isEqualTo("x");
                        } else if (value == null) {
                            assertThat(cell).isNull();
                        } else {
                            assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getNumericCellValue()).isEqualTo(value.doubleValue());
                        }
                    }
                }
            }
            Sheet distribution = workbook.getSheet(ControllingFigures.DISTRIBUTION);
            assertThat(distribution.getRow(0).getCell(2).getStringCellValue()).isEqualTo("cases");
        }
    }
}
