package ch.so.integration.intake.financing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import ch.so.integration.intake.placement.PlacementType;

/** The financing table: every combination of placement type, canton, IV pension, social assistance and ALV. */
class FinancingDeterminationTest {

    static final Path TABLE = Path.of("src/test/resources/financing/financing-table.csv");

    @ParameterizedTest(name = "{0} inCanton={1} iv={2} sa={3} alv={4} -> {5} / {6} ({8})")
    @CsvFileSource(resources = "/financing/financing-table.csv", delimiter = ';', numLinesToSkip = 3)
    @DisplayName("DC-07 DC-08 DC-09 DC-14 AM-05 AM-06 PG-05 the financing table decides instrument and debtor")
    void table(PlacementType type, boolean inCanton, boolean ivPension, boolean socialAssistance, boolean alv,
               String instrument, String debtor, int participantShare, String rule) {
        FinancingDecision decision = FinancingDetermination.determine(
                new FinancingSituation(type, inCanton, ivPension, socialAssistance, alv));

        assertThat(decision.rule()).isEqualTo(rule);
        assertThat(decision.reason()).isNotBlank();
        if ("REFUSED".equals(instrument)) {
            assertThat(decision.financeable()).isFalse();
        } else {
            assertThat(decision.instrument()).isEqualTo(InstrumentKind.valueOf(instrument));
            assertThat(decision.debtor()).isEqualTo(Debtor.valueOf(debtor));
            assertThat(decision.participantSharePercent()).isEqualTo(participantShare);
        }
    }

    @Test
    @DisplayName("DC-14 the table lists every combination of the inputs exactly once")
    void tableIsComplete() throws IOException {
        List<String> rows = Files.readAllLines(TABLE).stream()
                .filter(line -> !line.startsWith("#") && !line.startsWith("type;") && !line.isBlank()).toList();
        Set<String> combinations = new HashSet<>();
        for (String row : rows) {
            String[] cells = row.split(";");
            combinations.add(String.join(";", cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        int expected = EnumSet.allOf(PlacementType.class).size() * 2 * 2 * 2 * 2;
        assertThat(rows).hasSize(expected);
        assertThat(combinations).hasSize(expected);
    }

    @Test
    @DisplayName("DC-09 in the canton without IV pension and without social assistance no external place is financed")
    void externalWithoutIvPension() {
        FinancingDecision decision = FinancingDetermination.determine(
                new FinancingSituation(PlacementType.IVSE_B_EXTERNAL, true, false, false, true));
        assertThat(decision.financeable()).isFalse();
        assertThat(decision.reason()).contains("IV pension");
    }

    @Test
    @DisplayName("AM-06 without social assistance, ALV or IV money the canton pays half and the participant the rest")
    void cantonSubsidy() {
        FinancingDecision decision = FinancingDetermination.determine(
                new FinancingSituation(PlacementType.AMI_PROGRAMME, false, false, false, false));
        assertThat(decision.instrument()).isEqualTo(InstrumentKind.CANTON_SUBSIDY);
        assertThat(decision.participantSharePercent()).isEqualTo(50);
    }
}
