package ch.so.integration.billing.record.api;

import java.math.BigDecimal;

/** A pass(t)genau module's professional service hours in the month (PG-02, PG-05). */
public record ModuleTotalView(String module, BigDecimal hours) {
}
