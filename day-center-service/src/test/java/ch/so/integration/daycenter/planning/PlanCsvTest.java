package ch.so.integration.daycenter.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.daycenter.area.HalfDay;
import ch.so.integration.daycenter.planning.api.PlanEntryView;

class PlanCsvTest {

    @Test
    @DisplayName("DC-04 CSV: BOM, semicolons, CRLF, header row, quoted fields where needed")
    void dc04_csv() {
        UUID area = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID placement = UUID.fromString("00000000-0000-0000-0000-000000000002");
        String csv = PlanCsv.text("2027-W03", List.of(new PlanEntryView(UUID.randomUUID(), LocalDate.of(2027, 1, 18),
                HalfDay.AFTERNOON, area, "Küche; Service", placement,
                new PlanEntryView.Participant("Müller \"Mü\"", "Anna"))));
        assertThat(csv).startsWith("\uFEFFweek;date;halfDay;from;to;areaId;area;placementId;officialName;firstName\r\n");
        assertThat(csv).endsWith("2027-W03;2027-01-18;AFTERNOON;12:00;16:30;" + area
                + ";\"Küche; Service\";" + placement + ";\"Müller \"\"Mü\"\"\";Anna\r\n");
    }
}
