package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * PG-02/PG-05: the pass(t)genau rate per professional service hour, as versioned, configured data (the seed gives
 * no amount, so there is no default table). PG-05 bills "Fachleistungsstunden per module": a row may name a module
 * (intake's module name, e.g. {@code ENTRY_PHASE}) or none (all modules). A module's own row wins over the
 * all-modules row on the same date. Rows of the same module (or of "all modules") must not overlap.
 */
public final class PasstgenauTariffs {

    private final List<ServiceHourRate> rows;

    public PasstgenauTariffs(List<ServiceHourRate> rows) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < this.rows.size(); i++) {
            for (int j = i + 1; j < this.rows.size(); j++) {
                ServiceHourRate a = this.rows.get(i);
                ServiceHourRate b = this.rows.get(j);
                if (Objects.equals(a.module(), b.module()) && a.validity().overlaps(b.validity())) {
                    throw new IllegalArgumentException("overlapping pass(t)genau rates"
                            + (a.module() == null ? "" : " for module " + a.module()));
                }
            }
        }
    }

    public List<ServiceHourRate> rows() {
        return rows;
    }

    /** PG-05: the all-modules rate per professional service hour on a date, if one is configured. */
    public Optional<ServiceHourRate> rateOn(LocalDate on) {
        return rows.stream().filter(r -> r.module() == null && r.validity().contains(on)).findFirst();
    }

    /**
     * PG-05: the rate of a module on a date: the module's own row when there is one, else the all-modules row;
     * empty when neither is configured.
     */
    public Optional<ServiceHourRate> rateOn(LocalDate on, String module) {
        if (module != null) {
            Optional<ServiceHourRate> own = rows.stream()
                    .filter(r -> module.equals(r.module()) && r.validity().contains(on)).findFirst();
            if (own.isPresent()) {
                return own;
            }
        }
        return rateOn(on);
    }
}
