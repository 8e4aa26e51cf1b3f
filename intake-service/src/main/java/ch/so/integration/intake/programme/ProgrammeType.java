package ch.so.integration.intake.programme;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The AMI programme types of Canton Solothurn with their maximum tariffs (AM-01) and target-group conditions (AM-02):
 * the one table the catalogue and the placement rules read.
 *
 * <p>A tariff is given per unit: per coaching hour, per programme day or per hour worked. {@code null} means the
 * type has no tariff in that unit.
 */
public enum ProgrammeType {

    INTEGRATION_ARBEIT("integration.arbeit", Group.QUALIFYING, chf("250.00"), chf("90.00"), null, null, false),
    COACHING("Coaching", Group.QUALIFYING, chf("200.00"), null, null, null, false),
    QUALIFIZIERUNG("Qualifizierung", Group.QUALIFYING, null, chf("80.00"), null, null, false),
    JUGENDPROGRAMM("Jugendprogramm", Group.QUALIFYING, null, chf("100.00"), null, null, false),
    BESCHAEFTIGUNG_I("Beschäftigung I", Group.OCCUPATION, null, chf("35.00"), null, null, false),
    BESCHAEFTIGUNG_I_PROGRAMM_R("Beschäftigung I: Programm R (Pilot)", Group.OCCUPATION, null, chf("50.00"), null,
            null, false),
    TRAUMAPROGRAMM("Traumaprogramm", Group.OCCUPATION, null, chf("120.00"), null, null, false),
    BESCHAEFTIGUNG_II("Beschäftigung II", Group.OCCUPATION, null, chf("50.00"), null, null, false),
    SUCHTHILFE_STUNDENLOHN("Suchthilfe Stundenlohn", Group.OCCUPATION, null, null, chf("4.00"), chf("350.00"), true),
    TEILLOHN("Teillohn", Group.OCCUPATION, null, null, null, null, true);

    /** AM-02: qualifying programmes lead to a job or training; occupation programmes keep a day structure. */
    public enum Group { QUALIFYING, OCCUPATION }

    /** The units a tariff can be given in. */
    public enum TariffUnit {
        COACHING_HOUR("per coaching hour"), DAY("per day"), HOUR_WORKED("per hour worked");

        private final String label;

        TariffUnit(String label) {
            this.label = label;
        }

        /** e.g. {@code per coaching hour} */
        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;
    private final BigDecimal maxPerCoachingHour;
    private final BigDecimal maxPerDay;
    private final BigDecimal maxPerHourWorked;
    private final BigDecimal maxPerMonth;
    private final boolean socialAssistanceOnly;

    ProgrammeType(String label, Group group, BigDecimal maxPerCoachingHour, BigDecimal maxPerDay,
                  BigDecimal maxPerHourWorked, BigDecimal maxPerMonth, boolean socialAssistanceOnly) {
        this.label = label;
        this.group = group;
        this.maxPerCoachingHour = maxPerCoachingHour;
        this.maxPerDay = maxPerDay;
        this.maxPerHourWorked = maxPerHourWorked;
        this.maxPerMonth = maxPerMonth;
        this.socialAssistanceOnly = socialAssistanceOnly;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }

    /**
     * AM-01: the maximum tariff of this type in a unit; empty when the type is not billed in that unit. Teillohn is
     * billed in no unit: its programmes cost CHF 0.
     */
    public Optional<BigDecimal> maximum(TariffUnit unit) {
        return Optional.ofNullable(switch (unit) {
            case COACHING_HOUR -> maxPerCoachingHour;
            case DAY -> maxPerDay;
            case HOUR_WORKED -> maxPerHourWorked;
        });
    }

    /** AM-01: the units this type is billed in (none for Teillohn). */
    public List<TariffUnit> tariffUnits() {
        return Arrays.stream(TariffUnit.values()).filter(unit -> maximum(unit).isPresent()).toList();
    }

    /**
     * AM-01: why a provider's tariff in a unit is not allowed for this type, or empty when it is. The tariff must be
     * in a unit the type is billed in and must not exceed the type's maximum there.
     */
    public Optional<String> tariffProblem(TariffUnit unit, BigDecimal tariff) {
        Optional<BigDecimal> maximum = maximum(unit);
        if (maximum.isEmpty()) {
            return Optional.of(tariffUnits().isEmpty()
                    ? label + " programmes cost CHF 0 and take no tariff (AM-01)"
                    : label + " has no tariff " + unit.label() + " (AM-01)");
        }
        if (tariff.compareTo(maximum.get()) > 0) {
            return Optional.of("exceeds the maximum of CHF " + maximum.get().toPlainString() + " " + unit.label()
                    + " for " + label + " (AM-01)");
        }
        return Optional.empty();
    }

    /** AM-01: a monthly cap (Suchthilfe Stundenlohn: CHF 350 a month). */
    public Optional<BigDecimal> maximumPerMonth() {
        return Optional.ofNullable(maxPerMonth);
    }

    /** AM-02: Suchthilfe Stundenlohn and Teillohn are open only to people on social assistance. */
    public boolean socialAssistanceOnly() {
        return socialAssistanceOnly;
    }

    /** AM-02: Jugendprogramm is for people aged 16 to 30 at the programme start. */
    public boolean hasAgeLimits() {
        return this == JUGENDPROGRAMM;
    }

    public static final int YOUTH_MIN_AGE = 16;
    public static final int YOUTH_MAX_AGE = 30;

    /** AM-02: Coaching needs enough German (and a realistic job chance, which the placing person judges). */
    public boolean requiresSufficientGerman() {
        return this == COACHING;
    }

    private static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }
}
