package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * How a new version of a tariff row joins the rows of its key (AM-01: programme type and unit; DC-21: IBB level;
 * PG-05: module or all modules). Pure: the service applies the plan to the table.
 * <ul>
 * <li>The new row is open-ended from {@code validFrom}.</li>
 * <li>It must start after every existing row of the key (versions form a chain; a planned future version is
 * replaced only by a later one).</li>
 * <li>A row that is still valid on {@code validFrom} (the open row) is closed the day before ({@code validTo =
 * validFrom - 1}). That changes the row's validity from {@code validFrom} on, so {@code validFrom} must not lie
 * before today: a day that has passed keeps the tariff it had (invoices may have used it).</li>
 * <li>A new row that changes no existing row (the first row of a key, e.g. the first pass(t)genau rate, or a row
 * after a gap) may start in the past: it gives a tariff to days that had none and changes no tariff in force.</li>
 * </ul>
 */
public final class TariffVersioning {

    private TariffVersioning() {
    }

    /** The change to apply: the row to close (with its new {@code validTo}), if any. */
    public record Plan<R>(Optional<R> close, LocalDate closedValidTo, Validity newValidity) {
    }

    /** A new version is refused; {@link #getMessage()} says why, in German, fit for the caller. */
    public static final class Refused extends RuntimeException {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * @param existing the rows of the same key
     * @param validity how to read a row's validity
     * @param validFrom the new version's first day
     * @param today the business date (Europe/Zurich)
     * @throws Refused when the new version would overlap a later row or change a day before today
     */
    public static <R> Plan<R> plan(List<R> existing, Function<R, Validity> validity, LocalDate validFrom,
                                   LocalDate today) {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(today, "today");
        Optional<R> latest = existing.stream().max(Comparator.comparing(r -> validity.apply(r).validFrom()));
        if (latest.isEmpty()) {
            return new Plan<>(Optional.empty(), null, Validity.from(validFrom));
        }
        Validity last = validity.apply(latest.get());
        if (!validFrom.isAfter(last.validFrom())) {
            throw new Refused("Eine neue Version muss nach der letzten Version beginnen (gültig ab "
                    + last.validFrom() + "); gültig ab " + validFrom + " würde sie überschneiden oder ersetzen");
        }
        boolean stillValid = last.validTo() == null || !last.validTo().isBefore(validFrom);
        if (!stillValid) {
            return new Plan<>(Optional.empty(), null, Validity.from(validFrom));
        }
        if (validFrom.isBefore(today)) {
            throw new Refused("Eine neue Version darf frühestens heute (" + today + ") beginnen: die geltende "
                    + "Version (gültig ab " + last.validFrom() + ") bleibt für vergangene Tage unverändert");
        }
        return new Plan<>(latest, validFrom.minusDays(1), Validity.from(validFrom));
    }
}
