package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * DC-21: the monthly flat rates (full-cost basis, set by the AGS) of day-center places per IBB level, as versioned
 * data. Production reads the table from the database ({@link TariffCatalogue}; the migration seeds the same rows);
 * {@link #DEFAULT} holds the Solothurn 2024 defaults, valid from 2024-01-01, open-ended, for plain unit tests. While
 * the IBB
 * assessment is pending the unit rate {@link IbbLevel#ASSESSMENT_PENDING} applies for at most
 * {@value #ASSESSMENT_PENDING_MAX_DAYS} days from admission (admission day = day 1).
 */
public final class DayCenterFlatRates {

    public static final int ASSESSMENT_PENDING_MAX_DAYS = 75;
    public static final LocalDate DEFAULTS_FROM = LocalDate.of(2024, 1, 1);

    public static final DayCenterFlatRates DEFAULT = new DayCenterFlatRates(List.of(
            row(IbbLevel.ASSESSMENT_PENDING, "2890.00"),
            row(IbbLevel.LEVEL_0, "1795.00"),
            row(IbbLevel.LEVEL_1, "2692.00"),
            row(IbbLevel.LEVEL_2, "3589.00"),
            row(IbbLevel.LEVEL_3, "4486.00"),
            row(IbbLevel.LEVEL_4, "5384.00")));

    private final List<DayCenterFlatRate> rows;

    public DayCenterFlatRates(List<DayCenterFlatRate> rows) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < this.rows.size(); i++) {
            for (int j = i + 1; j < this.rows.size(); j++) {
                DayCenterFlatRate a = this.rows.get(i);
                DayCenterFlatRate b = this.rows.get(j);
                if (a.level() == b.level() && a.validity().overlaps(b.validity())) {
                    throw new IllegalArgumentException("overlapping flat rates for " + a.level());
                }
            }
        }
    }

    public List<DayCenterFlatRate> rows() {
        return rows;
    }

    /** DC-21: the flat-rate row of a level on a date, if any. */
    public Optional<DayCenterFlatRate> find(IbbLevel level, LocalDate on) {
        return rows.stream().filter(r -> r.level() == level && r.validity().contains(on)).findFirst();
    }

    /** DC-21: the monthly flat rate in CHF of a level on a date; {@link IllegalArgumentException} when none. */
    public BigDecimal monthlyRate(IbbLevel level, LocalDate on) {
        return find(level, on).map(DayCenterFlatRate::monthlyChf).orElseThrow(() -> new IllegalArgumentException(
                "DC-21: kein Monatspauschale für " + level + " am " + on));
    }

    /** DC-21: whether the assessment-pending unit rate may still be paid on a date (day 1 to 75 from admission). */
    public static boolean assessmentPendingAllowed(LocalDate admission, LocalDate on) {
        long day = ChronoUnit.DAYS.between(admission, on) + 1;
        return day >= 1 && day <= ASSESSMENT_PENDING_MAX_DAYS;
    }

    /**
     * DC-21: the assessment-pending unit rate on a date; refused with an {@link IllegalArgumentException} after day
     * {@value #ASSESSMENT_PENDING_MAX_DAYS} from admission (an IBB level must be set by then).
     */
    public BigDecimal assessmentPendingRate(LocalDate admission, LocalDate on) {
        if (!assessmentPendingAllowed(admission, on)) {
            throw new IllegalArgumentException("DC-21: der Einheitstarif bei laufender Abklärung gilt höchstens "
                    + ASSESSMENT_PENDING_MAX_DAYS + " Tage ab Eintritt (" + admission + "); am " + on
                    + " muss eine IBB-Stufe gesetzt sein");
        }
        return monthlyRate(IbbLevel.ASSESSMENT_PENDING, on);
    }

    private static DayCenterFlatRate row(IbbLevel level, String chf) {
        return new DayCenterFlatRate(level, new BigDecimal(chf), Validity.from(DEFAULTS_FROM));
    }
}
