package ch.so.integration.billing.calculation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * AM-07: an unforeseen abort of the programme or a no-show at its start, on a date. Service records on or after
 * that date are billed at most 5 days or 2 coaching hours.
 */
public record AbortEvent(LocalDate date, Kind kind) {

    public enum Kind {
        UNFORESEEN_ABORT("unvorhergesehenem Programmabbruch"),
        NO_SHOW_AT_START("Nichterscheinen beim Programmstart");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** German, to follow "nach": e.g. {@code unvorhergesehenem Programmabbruch} */
        public String label() {
            return label;
        }
    }

    public AbortEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
