package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * DC-06, a pure function. A participant with at least one day worked in the month gets the highest monthly
 * compensation among their work areas with work or service (not a sum, not pro rata); without a day worked, or
 * without such an area, nothing. Amounts are CHF with two decimals.
 */
public final class MotivationCompensation {

    public static final BigDecimal NONE = new BigDecimal("0.00");

    private MotivationCompensation() {
    }

    /** @param area null when nothing is paid */
    public record Award(BigDecimal amount, String area) {
    }

    public static Award of(int daysWorked, List<String> areas, Function<String, Optional<BigDecimal>> rateOf) {
        if (daysWorked <= 0) {
            return new Award(NONE, null);
        }
        Award best = new Award(NONE, null);
        for (String area : areas) {
            Optional<BigDecimal> rate = rateOf.apply(area);
            if (rate.isPresent() && rate.get().signum() > 0 && rate.get().compareTo(best.amount()) > 0) {
                best = new Award(rate.get().setScale(2), area);
            }
        }
        return best;
    }
}
