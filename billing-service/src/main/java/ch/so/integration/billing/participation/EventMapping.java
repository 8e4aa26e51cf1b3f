package ch.so.integration.billing.participation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.tariff.IbbLevel;
import ch.so.integration.billing.tariff.ProgrammeType;

/**
 * Intake's and the day center's enum values (as the text of their events) to billing's own domain enums. Billing
 * imports no code of either service; the names are the published contract. Unknown values give empty (the consumer
 * then dead-letters the event: a new value is a change of contract).
 */
public final class EventMapping {

    private EventMapping() {
    }

    /** Intake's InstrumentKind (KGS, KUEG, EVIDENCE_DIRECT, OTHER_FINANCING_BODY, PERSONAL_BUDGET, CANTON_SUBSIDY). */
    public static Optional<InstrumentKind> instrumentKind(String intake) {
        return value(InstrumentKind.class, intake);
    }

    /** Intake's Debtor (SOCIAL_OFFICE, AGS, IVSE_LIAISON_OFFICE, OTHER_FINANCING_BODY, BUDGET_HOLDER, ...). */
    public static Optional<DebtorKind> debtorKind(String intake) {
        return value(DebtorKind.class, intake);
    }

    /** Intake's AMI programme type (the same ten names as billing's AM-01 table). */
    public static Optional<ProgrammeType> programmeType(String intake) {
        return value(ProgrammeType.class, intake);
    }

    /** The day center's IBB level 0..4, null = assessment pending (DC-16, DC-21); empty for anything else. */
    public static Optional<IbbLevel> ibbLevel(Integer dayCenter) {
        if (dayCenter == null) {
            return Optional.of(IbbLevel.ASSESSMENT_PENDING);
        }
        if (dayCenter < 0 || dayCenter > 4) {
            return Optional.empty();
        }
        return Optional.of(IbbLevel.values()[dayCenter + 1]);
    }

    /** The day center's month, yyyy-MM. */
    public static Optional<YearMonth> month(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(YearMonth.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** PG-05: intake's two cooperating pass(t)genau providers. */
    public static boolean knownPasstGenauProvider(String intake) {
        return "LEBENSHILFE_SUEDSCHWARZWALD".equals(intake) || "ST_JOSEFSHAUS".equals(intake);
    }

    private static <E extends Enum<E>> Optional<E> value(Class<E> type, String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
