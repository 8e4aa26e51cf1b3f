package ch.so.integration.billing.participation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.GrantedInstrument;
import ch.so.integration.billing.payer.ServicePeriod;

/**
 * Which of a participation's financing instruments applies to a billed period, as the cost splitter's
 * {@link Financing}. Readings:
 * <ul>
 * <li>A refused instrument applies to nothing. A superseded one applies up to the day before its successor's
 * effective date; the successor (requested with that date) from then on.</li>
 * <li>The instrument in force on the period's first day applies; when none is, the earliest one that starts within
 * the period. A switch within the month is therefore not split: the instrument of the month's start is passed with
 * its validity cut at the switch, so the splitter makes an open item for the back office where a grant is needed.</li>
 * <li>A requested (not yet granted) instrument is passed without its grant: where the kind needs a grant (AM-05 KGS,
 * KÜG, Evidence) the splitter itself yields the open item.</li>
 * <li>The debtor's name: the one intake sent, else the grant's issuer, else the debtor kind's German label; the
 * budget holder and the participant's share (AM-06, PG-05) are the participant.</li>
 * </ul>
 */
public final class FinancingSelection {

    private FinancingSelection() {
    }

    /** The instrument that applies to the period, or empty when none does (none requested, all refused). */
    public static Optional<Instrument> applicable(List<Instrument> instruments, ServicePeriod period) {
        List<Instrument> overlapping = instruments.stream()
                .filter(i -> i.status() != InstrumentStatus.REFUSED)
                .filter(i -> overlaps(i, period))
                .toList();
        Optional<Instrument> atStart = overlapping.stream()
                .filter(i -> covers(i, period.firstDay()))
                .max(Comparator.comparing(FinancingSelection::startOrMin));
        if (atStart.isPresent()) {
            return atStart;
        }
        return overlapping.stream().min(Comparator.comparing(FinancingSelection::startOrMin));
    }

    /**
     * The cost splitter's view of an instrument.
     *
     * @throws IllegalArgumentException when intake's kind and debtor do not go together in billing's table
     */
    public static Financing financing(Instrument instrument, String participantName) {
        DebtorKind debtor = instrument.debtorKind() != null ? instrument.debtorKind() : defaultDebtor(instrument);
        GrantedInstrument granted = null;
        if (instrument.granted()) {
            LocalDate to = instrument.appliesTo();
            granted = new GrantedInstrument(instrument.number(), instrument.validFrom(),
                    to != null && to.isBefore(instrument.validFrom()) ? instrument.validFrom() : to);
        }
        return new Financing(instrument.kind(), debtor, debtorName(instrument, debtor, participantName), granted);
    }

    static String debtorName(Instrument instrument, DebtorKind debtor, String participantName) {
        if (debtor == DebtorKind.BUDGET_HOLDER || debtor == DebtorKind.CANTON_AND_PARTICIPANT) {
            return instrument.debtorName() != null ? instrument.debtorName() : participantName;
        }
        if (instrument.debtorName() != null) {
            return instrument.debtorName();
        }
        if (instrument.issuer() != null) {
            return instrument.issuer();
        }
        return switch (debtor) {
            case SOCIAL_OFFICE -> "Zuständiger Sozialdienst";
            case AGS -> "Amt für Gesellschaft und Soziales (AGS)";
            case IVSE_LIAISON_OFFICE -> "Ausserkantonale IVSE-Verbindungsstelle";
            case OTHER_FINANCING_BODY -> "Anderer Finanzierungsträger";
            default -> participantName;
        };
    }

    private static DebtorKind defaultDebtor(Instrument instrument) {
        return switch (instrument.kind()) {
            case KGS -> DebtorKind.SOCIAL_OFFICE;
            case KUEG -> DebtorKind.IVSE_LIAISON_OFFICE;
            case EVIDENCE_DIRECT -> DebtorKind.AGS;
            case OTHER_FINANCING_BODY -> DebtorKind.OTHER_FINANCING_BODY;
            case PERSONAL_BUDGET -> DebtorKind.BUDGET_HOLDER;
            case CANTON_SUBSIDY -> DebtorKind.CANTON_AND_PARTICIPANT;
        };
    }

    private static boolean overlaps(Instrument i, ServicePeriod period) {
        LocalDate from = i.appliesFrom();
        LocalDate to = i.appliesTo();
        return (from == null || !from.isAfter(period.lastDay())) && (to == null || !to.isBefore(period.firstDay()))
                && (from == null || to == null || !to.isBefore(from));
    }

    private static boolean covers(Instrument i, LocalDate day) {
        LocalDate from = i.appliesFrom();
        LocalDate to = i.appliesTo();
        return (from == null || !from.isAfter(day)) && (to == null || !to.isBefore(day));
    }

    private static LocalDate startOrMin(Instrument i) {
        return i.appliesFrom() == null ? LocalDate.MIN : i.appliesFrom();
    }
}
