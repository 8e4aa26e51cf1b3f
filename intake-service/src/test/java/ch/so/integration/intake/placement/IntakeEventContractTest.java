package ch.so.integration.intake.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ch.so.integration.intake.financing.Debtor;
import ch.so.integration.intake.financing.FinancingInstrumentGranted;
import ch.so.integration.intake.financing.FinancingInstrumentRefused;
import ch.so.integration.intake.financing.FinancingInstrumentRequested;
import ch.so.integration.intake.financing.InstrumentKind;
import ch.so.integration.intake.person.PersonRegistered;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** The person, placement and financing events: pinned shapes, valid against asyncapi.yaml, on their topics. */
class IntakeEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID PLACEMENT = UUID.fromString("9e5f1c7a-2b3d-4e6f-8a9b-0c1d2e3f4a5b");
    static final UUID PERSON = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");
    static final UUID INSTRUMENT = UUID.fromString("5d4c3b2a-1908-4f7e-a6d5-c4b3a2918070");
    static final UUID PROGRAMME = UUID.fromString("7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d");
    static final UUID PROVIDER = UUID.fromString("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");
    static final LocalDate START = LocalDate.of(2026, 12, 1);

    static List<Arguments> events() {
        return List.of(
                Arguments.of(new PersonRegistered(PERSON, "Muster", "Anna", LocalDate.of(1990, 4, 17), "SO"),
                        "person-registered.v1.json", "intake.person"),
                Arguments.of(new PlacementActivated(PLACEMENT, PERSON, PlacementType.IVSE_B_EXTERNAL, START),
                        "placement-activated.v1.json", "intake.placement"),
                Arguments.of(new PlacementChanged(PLACEMENT, PERSON, PlacementType.IVSE_B_SEMI_STATIONARY,
                                LocalDate.of(2027, 2, 1), List.of(MutationKind.SETTING, MutationKind.PENSUM), 80, 80,
                                List.of("Küche")),
                        "placement-changed.v1.json", "intake.placement"),
                Arguments.of(new PlacementEnded(PLACEMENT, PERSON, PlacementType.IVSE_B_EXTERNAL, START,
                                LocalDate.of(2027, 4, 30), ExitReason.NOTICE_BY_PARTICIPANT, false),
                        "placement-ended.v1.json", "intake.placement"),
                Arguments.of(new FinancingInstrumentRequested(INSTRUMENT, PLACEMENT, PERSON,
                                PlacementType.AMI_PROGRAMME, InstrumentKind.KGS, Debtor.SOCIAL_OFFICE,
                                "Sozialregion Oberer Leberberg", 0, START, "AM-05"),
                        "financing-instrument-requested.v1.json", "intake.financing-instrument"),
                Arguments.of(new FinancingInstrumentGranted(INSTRUMENT, PLACEMENT, PERSON, InstrumentKind.KGS,
                                Debtor.SOCIAL_OFFICE, "Sozialregion Oberer Leberberg", 0, "KGS-2026-0412",
                                "Sozialregion Oberer Leberberg", START, LocalDate.of(2027, 5, 31),
                                new BigDecimal("12000.00")),
                        "financing-instrument-granted.v1.json", "intake.financing-instrument"),
                Arguments.of(new FinancingInstrumentRefused(INSTRUMENT, PLACEMENT, PERSON, InstrumentKind.KUEG),
                        "financing-instrument-refused.v1.json", "intake.financing-instrument"),
                Arguments.of(new ch.so.integration.intake.financing.FinancingInstrumentSuperseded(INSTRUMENT, PLACEMENT,
                                PERSON, InstrumentKind.EVIDENCE_DIRECT, LocalDate.of(2027, 3, 1),
                                UUID.fromString("6e5d4c3b-2a19-4087-b6e5-d4c3b2a19081")),
                        "financing-instrument-superseded.v1.json", "intake.financing-instrument"),
                Arguments.of(new PlacementCreated(PLACEMENT, PERSON, PlacementType.PASST_GENAU, START, null, null,
                                List.of(), null, List.of(new PlacementCreated.PlannedModule(PasstGenauModule.ENTRY_PHASE,
                                        START, LocalDate.of(2026, 12, 21), 40, 48)),
                                new PlacementCreated.Participant("Muster", "Anna"), null,
                                PasstGenauProvider.LEBENSHILFE_SUEDSCHWARZWALD),
                        "placement-created-passt-genau.v1.json", "intake.placement"),
                Arguments.of(new PlacementCreated(PLACEMENT, PERSON, PlacementType.AMI_PROGRAMME, START, null, null,
                                List.of(), PROGRAMME, List.of(), new PlacementCreated.Participant("Muster", "Anna"),
                                new PlacementCreated.ProgrammeTerms(PROVIDER, "Werkstatt Solothurn",
                                        "QUALIFIZIERUNG", new BigDecimal("80.00"), null, null),
                                null),
                        "placement-created-ami.v1.json", "intake.placement"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("events")
    @org.junit.jupiter.api.DisplayName("DC-14 intake's events have their pinned shape and match asyncapi.yaml")
    void pinned(DomainEvent event, String golden, String topic) throws Exception {
        EventEnvelope envelope = EventEnvelope.wrap("intake", event, EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(), Path.of("src/test/resources/events/" + golden));
        assertThat(contract.topicOf(envelope.type())).isEqualTo(topic);
        assertThat(envelope.toJson()).doesNotContain("756");
    }
}
