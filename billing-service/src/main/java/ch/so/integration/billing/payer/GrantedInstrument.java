package ch.so.integration.billing.payer;

import java.time.LocalDate;

/**
 * A granted financing instrument (KGS number, KÜG number or Evidence registration) with its validity.
 *
 * @param number    the instrument's number, printed on the share
 * @param validFrom first valid day (inclusive)
 * @param validTo   last valid day (inclusive), {@code null} when open-ended
 */
public record GrantedInstrument(String number, LocalDate validFrom, LocalDate validTo) {

    public GrantedInstrument {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("a granted instrument needs its number");
        }
        if (validFrom == null) {
            throw new IllegalArgumentException("a granted instrument needs its first valid day");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validity ends before it starts: " + validFrom + ".." + validTo);
        }
    }

    /** True when the instrument is valid on every day of the period. */
    public boolean covers(ServicePeriod period) {
        return !validFrom.isAfter(period.firstDay()) && (validTo == null || !validTo.isBefore(period.lastDay()));
    }
}
