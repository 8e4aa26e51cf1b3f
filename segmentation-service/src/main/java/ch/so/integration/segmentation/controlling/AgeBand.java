package ch.so.integration.segmentation.controlling;

import java.time.LocalDate;
import java.time.Period;

/**
 * SG-12: the controlling never shows a date of birth, only the age band on the report's reference date. Bands of
 * ten years (the first up to 25, the age up to which young adults are usually treated separately in social
 * assistance, the last from 55).
 */
public enum AgeBand {
    UNDER_25("18-24"), FROM_25("25-34"), FROM_35("35-44"), FROM_45("45-54"), FROM_55("55+");

    private final String label;

    AgeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of a person born on {@code birthDate} on {@code on}; under-18s count in the first band. */
    public static AgeBand of(LocalDate birthDate, LocalDate on) {
        int age = Period.between(birthDate, on).getYears();
        if (age < 25) {
            return UNDER_25;
        }
        if (age < 35) {
            return FROM_25;
        }
        if (age < 45) {
            return FROM_35;
        }
        return age < 55 ? FROM_45 : FROM_55;
    }
}
