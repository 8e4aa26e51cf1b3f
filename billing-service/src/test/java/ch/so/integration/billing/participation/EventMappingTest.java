package ch.so.integration.billing.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.tariff.IbbLevel;
import ch.so.integration.billing.tariff.ProgrammeType;

/**
 * Every value intake publishes (read from intake's AsyncAPI document, not its code) maps to billing's own enums, so a
 * new value on intake's side fails billing's build.
 */
class EventMappingTest {

    static final Path INTAKE_ASYNCAPI = Path.of("../intake-service/asyncapi.yaml");

    private static List<String> intakeEnum(String... path) throws Exception {
        JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(INTAKE_ASYNCAPI));
        for (String step : path) {
            node = node.path(step);
        }
        List<String> values = new ArrayList<>();
        node.path("enum").forEach(v -> {
            if (!v.isNull()) {
                values.add(v.asText());
            }
        });
        assertThat(values).as("intake's enum " + String.join(".", path)).isNotEmpty();
        return values;
    }

    @Test
    @DisplayName("AM-05 AM-06 PG-05 every instrument kind and debtor intake publishes is one of billing's")
    void instrumentsAndDebtors() throws Exception {
        for (String kind : intakeEnum("components", "schemas", "InstrumentKind")) {
            assertThat(EventMapping.instrumentKind(kind)).as(kind).contains(InstrumentKind.valueOf(kind));
        }
        for (String debtor : intakeEnum("components", "schemas", "Debtor")) {
            assertThat(EventMapping.debtorKind(debtor)).as(debtor).contains(DebtorKind.valueOf(debtor));
        }
    }

    @Test
    @DisplayName("AM-01 every programme type intake publishes is in billing's tariff table")
    void programmeTypes() throws Exception {
        for (String type : intakeEnum("components", "schemas", "PlacementCreatedData", "properties", "programme",
                "properties", "programmeType")) {
            assertThat(EventMapping.programmeType(type)).as(type).contains(ProgrammeType.valueOf(type));
        }
    }

    @Test
    @DisplayName("every placement type intake publishes is a billed kind: the three IVSE B settings are day-center "
            + "places")
    void placementTypes() throws Exception {
        for (String type : intakeEnum("components", "schemas", "PlacementType")) {
            assertThat(ParticipationKind.ofPlacementType(type)).as(type).isPresent();
        }
        assertThat(ParticipationKind.ofPlacementType("IVSE_B_SEMI_STATIONARY")).contains(ParticipationKind.DAY_CENTER);
        assertThat(ParticipationKind.ofPlacementType("AMI_PROGRAMME")).contains(ParticipationKind.AMI_PROGRAMME);
        assertThat(ParticipationKind.ofPlacementType("PASST_GENAU")).contains(ParticipationKind.PASST_GENAU);
        assertThat(ParticipationKind.ofPlacementType("SOMETHING_NEW")).isEmpty();
    }

    @Test
    @DisplayName("PG-05 both cooperating pass(t)genau providers intake publishes are known")
    void passtGenauProviders() throws Exception {
        for (String provider : intakeEnum("components", "schemas", "PlacementCreatedData", "properties",
                "passtGenauProvider")) {
            assertThat(EventMapping.knownPasstGenauProvider(provider)).as(provider).isTrue();
        }
    }

    @Test
    @DisplayName("PG-02 every module intake books has a German label and job securing its 30 h monthly limit")
    void modules() throws Exception {
        for (String module : intakeEnum("components", "schemas", "PlacementCreatedData", "properties", "modules",
                "items", "properties", "module")) {
            assertThat(PasstGenauModules.known(module)).as(module).isTrue();
        }
        assertThat(PasstGenauModules.monthlyHourLimit("JOB_SECURING")).isEqualTo(30);
        assertThat(PasstGenauModules.monthlyHourLimit("ENTRY_PHASE")).isNull();
        assertThat(PasstGenauModules.label("TRANSITION_PHASE")).isEqualTo("Übergangsphase");
    }

    @Test
    @DisplayName("DC-16 DC-21 the day center's IBB levels 0 to 4 map to billing's; none is assessment pending; others "
            + "are refused")
    void ibbLevels() {
        assertThat(EventMapping.ibbLevel(null)).contains(IbbLevel.ASSESSMENT_PENDING);
        assertThat(EventMapping.ibbLevel(0)).contains(IbbLevel.LEVEL_0);
        assertThat(EventMapping.ibbLevel(4)).contains(IbbLevel.LEVEL_4);
        assertThat(EventMapping.ibbLevel(5)).isEmpty();
        assertThat(EventMapping.ibbLevel(-1)).isEmpty();
    }

    @Test
    @DisplayName("unknown values and malformed months give empty (the consumer dead-letters them)")
    void unknownValues() {
        assertThat(EventMapping.instrumentKind("VOUCHER")).isEmpty();
        assertThat(EventMapping.debtorKind(null)).isEmpty();
        assertThat(EventMapping.month("2027-13")).isEmpty();
        assertThat(EventMapping.month("2027-03")).contains(YearMonth.of(2027, 3));
    }
}
