package ch.so.integration.billing.invoice.document;

import static ch.so.integration.billing.invoice.document.Documents.IBAN;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class InvoiceExportsTest {

    static List<InvoiceDocument> documents() {
        InvoiceDocument tricky = Documents.document("2026-000126", "CORRECTION", "2026-000123", IBAN, "CHF", List.of(
                Documents.line("Keller; \"Jovan\"", "KGS-7", "AM-07", "Zeile mit ; und \"Anführungszeichen\"\nund Umbruch",
                        "12.30"),
                Documents.line("=Muster Anna", null, "AM-06", "-Kanton trägt die Hälfte", "-6.15")), null, true);
        InvoiceDocument euro = Documents.document("2026-000127", "INVOICE", null, IBAN, "EUR",
                List.of(Documents.line("Schneider Lena", "PB-4711", "PG-05", "12.5 h × EUR 62.50", "781.25")), null,
                true);
        return List.of(Documents.invoice("2026-000123", IBAN, null), tricky, euro);
    }

    /** A small RFC 4180 reader for the export's dialect (semicolons, CRLF, quotes doubled). */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(field).isEmpty();
        assertThat(row).isEmpty();
        return rows;
    }

    @Test
    @DisplayName("CSV: UTF-8 with BOM, semicolons, a header, one row per line plus the rounding; amounts sum to each total")
    void csv() {
        List<InvoiceDocument> documents = documents();
        byte[] bytes = InvoiceExports.csv(documents);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<List<String>> rows = parse(text);
        assertThat(rows.getFirst()).isEqualTo(InvoiceExports.COLUMNS);
        List<List<String>> body = rows.subList(1, rows.size());
        // 4 lines + rounding 0.02; 2 lines (6.15 needs no rounding); 1 line (EUR: no rounding)
        assertThat(body).hasSize(4 + 1 + 2 + 1);
        body.forEach(r -> assertThat(r).hasSize(InvoiceExports.COLUMNS.size()));

        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (List<String> r : body) {
            assertThat(r.get(11)).matches("-?\\d+\\.\\d{2}");
            sums.merge(r.get(0), new BigDecimal(r.get(11)), BigDecimal::add);
        }
        for (InvoiceDocument d : documents) {
            assertThat(sums.get(d.number())).as(d.number()).isEqualByComparingTo(d.total());
        }

        List<String> first = body.getFirst();
        assertThat(first).containsExactly("2026-000123", "INVOICE", "", "2026-12-03", "2026-11", "Regiomech AG",
                "Sozialregion Solothurn", "Muster Anna", "", "AM-07",
                "21.7 Tage × CHF 80.00 = CHF 1'736.00 (AM-07: voller Monat)", "1736.00", "CHF");
        assertThat(body.get(4)).contains("Rappenrundung", "0.02");
        List<String> tricky = body.get(5);
        assertThat(tricky.get(2)).isEqualTo("2026-000123");
        assertThat(tricky.get(7)).isEqualTo("Keller; \"Jovan\"");
        assertThat(tricky.get(10)).isEqualTo("Zeile mit ; und \"Anführungszeichen\"\nund Umbruch");
        // formula-like text is neutralised, amounts are not
        assertThat(body.get(6).get(7)).isEqualTo("'=Muster Anna");
        assertThat(body.get(6).get(10)).isEqualTo("'-Kanton trägt die Hälfte");
        assertThat(body.get(6).get(11)).isEqualTo("-6.15");
        assertThat(body.getLast()).contains("EUR", "781.25");
    }

    @Test
    @DisplayName("XLSX: a sheet of invoices with totals and sums per currency, a sheet of lines; amounts are numeric with a currency format")
    void xlsx() throws IOException {
        List<InvoiceDocument> documents = documents();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(InvoiceExports.xlsx(documents)))) {
            Sheet invoices = workbook.getSheet("Rechnungen");
            Sheet lines = workbook.getSheet("Positionen");
            assertThat(invoices).isNotNull();
            assertThat(lines).isNotNull();
            assertThat(invoices.getRow(0).getCell(10).getStringCellValue()).isEqualTo("total");
            for (int i = 0; i < documents.size(); i++) {
                Row row = invoices.getRow(i + 1);
                InvoiceDocument d = documents.get(i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(d.number());
                assertThat(row.getCell(10).getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(BigDecimal.valueOf(row.getCell(10).getNumericCellValue())).isEqualByComparingTo(d.total());
                assertThat(row.getCell(10).getCellStyle().getDataFormatString()).contains(d.currency());
                assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(d.issueDate());
            }
            Row chfSum = invoices.getRow(documents.size() + 1);
            Row eurSum = invoices.getRow(documents.size() + 2);
            assertThat(chfSum.getCell(0).getStringCellValue()).isEqualTo("Summe CHF");
            assertThat(BigDecimal.valueOf(chfSum.getCell(10).getNumericCellValue()))
                    .isEqualByComparingTo(documents.get(0).total().add(documents.get(1).total()));
            assertThat(eurSum.getCell(0).getStringCellValue()).isEqualTo("Summe EUR");
            assertThat(BigDecimal.valueOf(eurSum.getCell(10).getNumericCellValue())).isEqualByComparingTo("781.25");

            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (int r = 1; r <= lines.getLastRowNum(); r++) {
                Row row = lines.getRow(r);
                assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
                sums.merge(row.getCell(0).getStringCellValue(),
                        new BigDecimal(Double.toString(row.getCell(11).getNumericCellValue())), BigDecimal::add);
            }
            assertThat(lines.getLastRowNum()).isEqualTo(8);
            for (InvoiceDocument d : documents) {
                assertThat(sums.get(d.number())).as(d.number()).isEqualByComparingTo(d.total());
            }
        }
    }

    @Test
    @DisplayName("DC-07 Evidence export: version, creditor, period and per invoice the participants with their references; amounts sum to totals")
    void evidence() throws IOException {
        List<InvoiceDocument> documents = documents();
        JsonNode root = new ObjectMapper().readTree(EvidenceExport.json(documents));
        assertThat(root.get("format").asText()).isEqualTo(EvidenceExport.FORMAT);
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("creditor").get("id").asText()).isEqualTo(Documents.CREDITOR_ID.toString());
        assertThat(root.get("creditor").get("iban").asText()).isEqualTo(IBAN);
        assertThat(root.get("period").get("from").asText()).isEqualTo("2026-11");
        assertThat(root.get("period").get("to").asText()).isEqualTo("2026-11");
        assertThat(root.get("invoiceCount").asInt()).isEqualTo(3);
        assertThat(root.get("total").get("CHF").decimalValue())
                .isEqualByComparingTo(documents.get(0).total().add(documents.get(1).total()));
        assertThat(root.get("total").get("EUR").decimalValue()).isEqualByComparingTo("781.25");

        JsonNode invoices = root.get("invoices");
        assertThat(invoices).hasSize(3);
        for (int i = 0; i < documents.size(); i++) {
            InvoiceDocument d = documents.get(i);
            JsonNode invoice = invoices.get(i);
            assertThat(invoice.get("number").asText()).isEqualTo(d.number());
            assertThat(invoice.get("kind").asText()).isEqualTo(d.kind());
            assertThat(invoice.get("total").decimalValue()).isEqualByComparingTo(d.total());
            BigDecimal sum = invoice.get("rounding").decimalValue();
            for (JsonNode participant : invoice.get("participants")) {
                BigDecimal lines = BigDecimal.ZERO;
                for (JsonNode line : participant.get("lines")) {
                    lines = lines.add(line.get("amount").decimalValue());
                }
                assertThat(participant.get("amount").decimalValue()).isEqualByComparingTo(lines);
                sum = sum.add(participant.get("amount").decimalValue());
            }
            for (JsonNode line : invoice.get("invoiceLines")) {
                sum = sum.add(line.get("amount").decimalValue());
            }
            assertThat(sum).as(d.number()).isEqualByComparingTo(d.total());
        }
        JsonNode anna = invoices.get(0).get("participants").get(0);
        assertThat(anna.get("name").asText()).isEqualTo("Muster Anna");
        assertThat(anna.get("reference").asText()).isEqualTo("KGS-2026-0042");
        assertThat(anna.get("amount").decimalValue()).isEqualByComparingTo("1736.00");
        assertThat(anna.get("lines")).hasSize(2);
        assertThat(invoices.get(1).get("corrects").asText()).isEqualTo("2026-000123");
        assertThat(invoices.get(0).get("corrects").isNull()).isTrue();
        assertThat(EvidenceExport.json(documents)).isEqualTo(EvidenceExport.json(documents()));

        JsonNode empty = new ObjectMapper().readTree(EvidenceExport.json(List.of()));
        assertThat(empty.get("invoiceCount").asInt()).isZero();
        assertThat(empty.get("period").isNull()).isTrue();
        assertThat(empty.get("creditor").isNull()).isTrue();
    }
}
