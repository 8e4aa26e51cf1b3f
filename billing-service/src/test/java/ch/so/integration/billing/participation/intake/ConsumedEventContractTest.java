package ch.so.integration.billing.participation.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.billing.participation.Participation;
import ch.so.integration.billing.participation.ParticipationKind;
import ch.so.integration.billing.participation.daycenter.DayCenterMonthEvents;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.platform.events.EventJson;
import ch.so.integration.platform.events.UnprocessableEventException;

/**
 * Billing reads the producers' pinned events (intake's and the day center's golden files) with its own views, so a
 * breaking change on their side fails billing's build.
 */
class ConsumedEventContractTest {

    static final Path INTAKE = Path.of("../intake-service/src/test/resources/events");
    static final Path DAY_CENTER = Path.of("../day-center-service/src/test/resources/events");
    static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-22T11:00:00+01:00");

    static EventEnvelope pinned(Path dir, String file) throws Exception {
        return EventEnvelope.parse(Files.readString(dir.resolve(file)));
    }

    @Test
    @DisplayName("AM-01 AM-07 intake's pinned AMI PlacementCreated gives a participation with provider, type and "
            + "tariffs at placement")
    void amiPlacementCreated() throws Exception {
        EventEnvelope event = pinned(INTAKE, "placement-created-ami.v1.json");
        assertThat(event.type()).isEqualTo(IntakePlacementEvents.CREATED_V1);

        Participation p = IntakePlacementEvents.participation(event,
                event.dataAs(IntakePlacementEvents.PlacementCreatedV1.class), NOW);

        assertThat(p.id().toString()).isEqualTo(event.subject());
        assertThat(p.kind()).isEqualTo(ParticipationKind.AMI_PROGRAMME);
        assertThat(p.participantName()).isEqualTo("Muster Anna");
        assertThat(p.providerId().toString()).isEqualTo("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
        Participation.Programme programme = p.programme().orElseThrow();
        assertThat(programme.programmeType()).isEqualTo("QUALIFIZIERUNG");
        assertThat(programme.tariffPerDay()).isEqualByComparingTo(new BigDecimal("80.00"));
        assertThat(programme.tariffPerCoachingHour()).isNull();
        assertThat(p.entryDate()).isNull();
        assertThat(p.plannedStartDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    @DisplayName("DC-07 intake's pinned day-center PlacementCreated gives a day-center participation with its Pensum "
            + "basis")
    void dayCenterPlacementCreated() throws Exception {
        EventEnvelope event = pinned(INTAKE, "placement-created.v1.json");
        Participation p = IntakePlacementEvents.participation(event,
                event.dataAs(IntakePlacementEvents.PlacementCreatedV1.class), NOW);
        assertThat(p.kind()).isEqualTo(ParticipationKind.DAY_CENTER);
        assertThat(p.terms()).singleElement().satisfies(t -> {
            assertThat(t.pensumPercent()).isEqualTo(60);
            assertThat(t.billingBasisPensumPercent()).isEqualTo(60);
            assertThat(t.placementType()).isEqualTo("IVSE_B_EXTERNAL");
        });
        assertThat(p.programme()).isEmpty();
    }

    @Test
    @DisplayName("PG-02 PG-05 intake's pinned pass(t)genau PlacementCreated gives the provider and the booked modules")
    void passtGenauPlacementCreated() throws Exception {
        EventEnvelope event = pinned(INTAKE, "placement-created-passt-genau.v1.json");
        Participation p = IntakePlacementEvents.participation(event,
                event.dataAs(IntakePlacementEvents.PlacementCreatedV1.class), NOW);
        assertThat(p.kind()).isEqualTo(ParticipationKind.PASST_GENAU);
        assertThat(p.passtGenauProvider()).isEqualTo("LEBENSHILFE_SUEDSCHWARZWALD");
        assertThat(p.modules()).singleElement().satisfies(m -> {
            assertThat(m.module()).isEqualTo("ENTRY_PHASE");
            assertThat(m.hourLimit()).isEqualTo(48);
        });
    }

    @Test
    @DisplayName("intake's pinned activated, changed and ended placement events parse into billing's views")
    void placementFollowUps() throws Exception {
        var activated = pinned(INTAKE, "placement-activated.v1.json")
                .dataAs(IntakePlacementEvents.PlacementActivatedV1.class);
        assertThat(activated.startDate()).isEqualTo(LocalDate.of(2026, 12, 1));
        var changed = pinned(INTAKE, "placement-changed.v1.json").dataAs(IntakePlacementEvents.PlacementChangedV1.class);
        assertThat(changed.effectiveDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(changed.billingBasisPensumPercent()).isEqualTo(80);
        var ended = pinned(INTAKE, "placement-ended.v1.json").dataAs(IntakePlacementEvents.PlacementEndedV1.class);
        assertThat(ended.endDate()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(ended.cancelledBeforeStart()).isFalse();
    }

    @Test
    @DisplayName("AM-05 DC-14 intake's pinned financing-instrument events parse into billing's views")
    void financingEvents() throws Exception {
        var requested = pinned(INTAKE, "financing-instrument-requested.v1.json")
                .dataAs(IntakeFinancingEvents.RequestedV1.class);
        assertThat(requested.instrument()).isEqualTo("KGS");
        assertThat(requested.debtor()).isEqualTo("SOCIAL_OFFICE");
        assertThat(requested.neededFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
        var granted = pinned(INTAKE, "financing-instrument-granted.v1.json")
                .dataAs(IntakeFinancingEvents.GrantedV1.class);
        assertThat(granted.number()).isEqualTo("KGS-2026-0412");
        assertThat(granted.amountLimit()).isEqualByComparingTo("12000.00");
        assertThat(granted.validTo()).isEqualTo(LocalDate.of(2027, 5, 31));
        var refused = pinned(INTAKE, "financing-instrument-refused.v1.json")
                .dataAs(IntakeFinancingEvents.RefusedV1.class);
        assertThat(refused.instrument()).isEqualTo("KUEG");
        var superseded = pinned(INTAKE, "financing-instrument-superseded.v1.json")
                .dataAs(IntakeFinancingEvents.SupersededV1.class);
        assertThat(superseded.effectiveDate()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(superseded.supersededBy()).isNotNull();
    }

    @Test
    @DisplayName("DC-05 DC-16 the day center's pinned closed and corrected months parse into billing's view")
    void dayCenterMonths() throws Exception {
        EventEnvelope closed = pinned(DAY_CENTER, "attendance-month-closed.v1.json");
        assertThat(closed.type()).isEqualTo(DayCenterMonthEvents.CLOSED_V1);
        DayCenterMonthEvents.MonthV1 month = closed.dataAs(DayCenterMonthEvents.MonthV1.class);
        assertThat(DayCenterMonthEvents.validated(closed, month)).isEqualTo(YearMonth.of(2027, 3));
        assertThat(month.actualPensumPercent()).isEqualTo(60);
        assertThat(month.ibbLevel()).isEqualTo(2);
        EventEnvelope corrected = pinned(DAY_CENTER, "attendance-month-corrected.v1.json");
        assertThat(corrected.type()).isEqualTo(DayCenterMonthEvents.CORRECTED_V1);
        assertThat(corrected.dataAs(DayCenterMonthEvents.MonthV1.class).correctedDate())
                .isEqualTo(LocalDate.of(2027, 3, 10));
    }

    @Test
    @DisplayName("a PlacementCreated without the participant, with an unknown type or a foreign subject is refused")
    void refusesIncompleteEvents() throws Exception {
        String json = Files.readString(INTAKE.resolve("placement-created-ami.v1.json"));
        for (String edit : new String[] {"participant", "type", "subject", "programmeType"}) {
            ObjectNode node = (ObjectNode) EventJson.MAPPER.readTree(json);
            switch (edit) {
                case "participant" -> ((ObjectNode) node.get("data")).remove("participant");
                case "type" -> ((ObjectNode) node.get("data")).put("type", "UNKNOWN");
                case "subject" -> node.put("subject", "00000000-0000-0000-0000-000000000000");
                default -> ((ObjectNode) node.get("data").get("programme")).put("programmeType", "YOGA");
            }
            EventEnvelope event = EventEnvelope.parse(EventJson.MAPPER.writeValueAsString(node));
            assertThatThrownBy(() -> IntakePlacementEvents.participation(event,
                    event.dataAs(IntakePlacementEvents.PlacementCreatedV1.class), NOW))
                    .as(edit).isInstanceOf(UnprocessableEventException.class);
        }
    }
}
