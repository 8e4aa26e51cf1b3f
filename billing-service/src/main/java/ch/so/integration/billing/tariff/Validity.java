package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The period a tariff entry is valid in: from {@code validFrom} to {@code validTo}, both inclusive;
 * {@code validTo == null} means open-ended.
 */
public record Validity(LocalDate validFrom, LocalDate validTo) {

    public Validity {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
    }

    /** Open-ended from a date. */
    public static Validity from(LocalDate validFrom) {
        return new Validity(validFrom, null);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean overlaps(Validity other) {
        boolean thisEndsBefore = validTo != null && validTo.isBefore(other.validFrom);
        boolean otherEndsBefore = other.validTo != null && other.validTo.isBefore(validFrom);
        return !thisEndsBefore && !otherEndsBefore;
    }
}
