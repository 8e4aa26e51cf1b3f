package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.UUID;

/** A stored tariff row with a validity that a later version closes (see {@link TariffVersioning}). */
public interface TariffEntry {

    UUID id();

    Validity validity();

    /** Closes the row on {@code lastDay} (its new {@code validTo}). Only an open row, and never before it starts. */
    void closeOn(LocalDate lastDay);

    static LocalDate checkedClose(Validity current, LocalDate lastDay) {
        if (current.validTo() != null && !current.validTo().isAfter(lastDay)) {
            throw new IllegalStateException("row already ends on " + current.validTo());
        }
        return new Validity(current.validFrom(), lastDay).validTo();
    }
}
