package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * PG-02/PG-05: the pass(t)genau rate per professional service hour, as versioned, configured data (the seed gives
 * no amount, so there is no default table). Rows must not overlap.
 */
public final class PasstgenauTariffs {

    private final List<ServiceHourRate> rows;

    public PasstgenauTariffs(List<ServiceHourRate> rows) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < this.rows.size(); i++) {
            for (int j = i + 1; j < this.rows.size(); j++) {
                if (this.rows.get(i).validity().overlaps(this.rows.get(j).validity())) {
                    throw new IllegalArgumentException("overlapping pass(t)genau rates");
                }
            }
        }
    }

    public List<ServiceHourRate> rows() {
        return rows;
    }

    /** PG-05: the rate per professional service hour on a date, if one is configured. */
    public Optional<ServiceHourRate> rateOn(LocalDate on) {
        return rows.stream().filter(r -> r.validity().contains(on)).findFirst();
    }
}
