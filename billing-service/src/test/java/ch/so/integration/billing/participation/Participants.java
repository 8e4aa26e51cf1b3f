package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;

/** Participations and instruments as the consumers build them, for the plain tests. */
final class Participants {

    static final OffsetDateTime NOW = OffsetDateTime.parse("2027-01-15T10:00:00+01:00");
    static final UUID PROVIDER = UUID.fromString("1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b");

    private Participants() {
    }

    static Participation ami(LocalDate start, String type, String perDay, String perCoachingHour) {
        return Participation.fromPlacement(UUID.randomUUID(), UUID.randomUUID(), "Muster", "Anna",
                ParticipationKind.AMI_PROGRAMME, "AMI_PROGRAMME", start, null, null,
                new Participation.Programme(UUID.randomUUID(), PROVIDER, "Werkstatt Solothurn", type,
                        perDay == null ? null : new BigDecimal(perDay),
                        perCoachingHour == null ? null : new BigDecimal(perCoachingHour), null),
                null, List.of(), NOW);
    }

    static Participation qualifizierung(LocalDate start) {
        return ami(start, "QUALIFIZIERUNG", "80.00", null);
    }

    static Participation dayCenter(String placementType, LocalDate start, int pensum, int billingBasis) {
        return Participation.fromPlacement(UUID.randomUUID(), UUID.randomUUID(), "Tagesgast", "Toni",
                ParticipationKind.DAY_CENTER, placementType, start, pensum, billingBasis, null, null, List.of(), NOW);
    }

    static Participation passtGenau(LocalDate start) {
        return Participation.fromPlacement(UUID.randomUUID(), UUID.randomUUID(), "Budget", "Berta",
                ParticipationKind.PASST_GENAU, "PASST_GENAU", start, null, null, null, "ST_JOSEFSHAUS",
                List.of(new BookedModule("ENTRY_PHASE", start, start.plusDays(20), 40, 48),
                        new BookedModule("JOB_SECURING", start.plusDays(21), start.plusMonths(4), 100, 120)),
                NOW);
    }

    static Participation activated(Participation p, LocalDate entry) {
        p.activate(entry, NOW);
        return p;
    }

    static Instrument requested(Participation p, InstrumentKind kind, DebtorKind debtor, String debtorName,
                                LocalDate neededFrom) {
        return Instrument.requested(UUID.randomUUID(), p.id(), p.personId(), kind, debtor, debtorName, neededFrom,
                NOW);
    }

    static Instrument granted(Participation p, InstrumentKind kind, DebtorKind debtor, String debtorName,
                              String number, LocalDate from, LocalDate to) {
        Instrument i = requested(p, kind, debtor, debtorName, from);
        i.grant(kind, debtor, debtorName, number, "Aussteller", from, to, new BigDecimal("12000.00"), NOW);
        return i;
    }

    static Instrument kgs(Participation p, LocalDate from, LocalDate to) {
        return granted(p, InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialregion Oberer Leberberg",
                "KGS-2027-1", from, to);
    }
}
