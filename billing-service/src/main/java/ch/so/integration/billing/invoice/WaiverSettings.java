package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import ch.so.integration.billing.payer.WaiverLimits;
import ch.so.integration.billing.payer.WaiverPolicy;

/**
 * AM-06 waiver settings ({@code billing.waiver.*}): the limits per household size and how a household just above the
 * income limit is treated. The defaults are {@link WaiverLimits#EXAMPLE}'s invented figures: configure the AGS info
 * sheet's limits in production ({@code WAIVER_INCOME_LIMITS}, {@code WAIVER_ASSET_LIMITS}).
 */
@ConfigMapping(prefix = "billing.waiver")
public interface WaiverSettings {

    /** PAY_EXCESS_INCOME (default: the participant pays the excess income, at most the rest) or FULL_OR_NOTHING. */
    @WithDefault("PAY_EXCESS_INCOME")
    WaiverPolicy policy();

    /** Monthly household income limits in CHF for 1, 2, 3, ... persons (larger households: the last). */
    @WithDefault("2600.00,3900.00,4700.00,5400.00,6000.00")
    List<BigDecimal> incomeLimits();

    /** Household asset limits in CHF for 1, 2, 3, ... persons, as many as income limits. */
    @WithDefault("10000.00,20000.00,25000.00,30000.00,35000.00")
    List<BigDecimal> assetLimits();

    default WaiverLimits limits() {
        if (incomeLimits().size() != assetLimits().size()) {
            throw new IllegalStateException("billing.waiver: as many income limits as asset limits are needed");
        }
        List<WaiverLimits.Limit> rows = new ArrayList<>();
        for (int i = 0; i < incomeLimits().size(); i++) {
            rows.add(new WaiverLimits.Limit(incomeLimits().get(i).setScale(2), assetLimits().get(i).setScale(2)));
        }
        return WaiverLimits.of(rows);
    }
}
