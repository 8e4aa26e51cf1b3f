package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.List;
import ch.so.integration.billing.calculation.Chf;

/**
 * Income and asset limits per household size (AM-06); configuration, because the seed defers to an info sheet.
 * Row i (0-based) holds the limits for a household of i + 1 persons; larger households use the last row.
 */
public final class WaiverLimits {

    /** The limits for one household size. */
    public record Limit(BigDecimal monthlyIncomeLimit, BigDecimal assetLimit) {
        public Limit {
            monthlyIncomeLimit = Chf.requireAmount(monthlyIncomeLimit, "income limit");
            assetLimit = Chf.requireAmount(assetLimit, "asset limit");
        }
    }

    /**
     * EXAMPLE CONFIGURATION ONLY: invented figures, not the canton's. The real limits are on the AGS info sheet
     * ("siehe Infoblatt") and must be configured before production use.
     */
    public static final WaiverLimits EXAMPLE = of(List.of(
            new Limit(new BigDecimal("2600.00"), new BigDecimal("10000.00")),
            new Limit(new BigDecimal("3900.00"), new BigDecimal("20000.00")),
            new Limit(new BigDecimal("4700.00"), new BigDecimal("25000.00")),
            new Limit(new BigDecimal("5400.00"), new BigDecimal("30000.00")),
            new Limit(new BigDecimal("6000.00"), new BigDecimal("35000.00"))));

    private final List<Limit> bySize;

    private WaiverLimits(List<Limit> bySize) {
        this.bySize = bySize;
    }

    /** {@code bySize.get(0)} is for one person, {@code bySize.get(1)} for two, and so on. */
    public static WaiverLimits of(List<Limit> bySize) {
        if (bySize == null || bySize.isEmpty()) {
            throw new IllegalArgumentException("waiver limits need at least the row for a one-person household");
        }
        return new WaiverLimits(List.copyOf(bySize));
    }

    /** The limits for a household of {@code householdSize} persons (beyond the table: the last row). */
    public Limit forHouseholdSize(int householdSize) {
        if (householdSize < 1) {
            throw new IllegalArgumentException("household size must be at least 1: " + householdSize);
        }
        return bySize.get(Math.min(householdSize, bySize.size()) - 1);
    }

    public int configuredSizes() {
        return bySize.size();
    }
}
