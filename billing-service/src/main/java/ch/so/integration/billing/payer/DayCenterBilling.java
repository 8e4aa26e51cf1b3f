package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.util.Set;
import ch.so.integration.billing.calculation.Chf;

/**
 * Day-center places (DC-05, DC-07, DC-21): the AGS's monthly flat rate scaled by the month's Pensum in 10 % steps,
 * billed to the debtor intake determined.
 */
public final class DayCenterBilling {

    private static final Set<InstrumentKind> DAY_CENTER_INSTRUMENTS = Set.of(InstrumentKind.KGS, InstrumentKind.KUEG,
            InstrumentKind.EVIDENCE_DIRECT, InstrumentKind.OTHER_FINANCING_BODY);

    private DayCenterBilling() {
    }

    /**
     * The Pensum billed (DC-05, DC-07): 100 when the resident of stationary housing has no external day place and no
     * first-labour-market job; otherwise the given Pensum floored to a 10 % step (55 → 50).
     *
     * @param pensumPercent                       the month's Pensum, 0..100; ignored when the DC-07 flag is set
     * @param stationaryWithoutExternalPlaceOrJob DC-07: stationary resident without external day place or job
     */
    public static int billingPensum(BigDecimal pensumPercent, boolean stationaryWithoutExternalPlaceOrJob) {
        if (stationaryWithoutExternalPlaceOrJob) {
            return 100;
        }
        if (pensumPercent == null || pensumPercent.signum() < 0 || pensumPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("DC-05: Pensum must be 0..100 %: " + pensumPercent);
        }
        return pensumPercent.intValue() / 10 * 10;
    }

    /** Flat rate × Pensum / 100, rounded to CHF 0.05 half up (DC-05, DC-21). */
    public static BigDecimal amount(BigDecimal monthlyFlatRate, int billingPensum) {
        BigDecimal rate = Chf.requireAmount(monthlyFlatRate, "monthly flat rate");
        if (billingPensum < 0 || billingPensum > 100 || billingPensum % 10 != 0) {
            throw new IllegalArgumentException("DC-05: billing works in 10 % steps: " + billingPensum);
        }
        return Chf.roundTo5Rappen(rate.multiply(BigDecimal.valueOf(billingPensum)).movePointLeft(2));
    }

    /** The month's amount, split to the determined debtor; a missing or non-covering instrument gives an open item. */
    public static CostSplitResult split(BigDecimal monthlyFlatRate, BigDecimal pensumPercent,
            boolean stationaryWithoutExternalPlaceOrJob, ServicePeriod period, Financing financing) {
        if (financing == null || !DAY_CENTER_INSTRUMENTS.contains(financing.instrument())) {
            throw new IllegalArgumentException("a day-center place is financed by KGS, KÜG, Evidence or another"
                    + " financing body, not " + (financing == null ? null : financing.instrument()));
        }
        int pensum = billingPensum(pensumPercent, stationaryWithoutExternalPlaceOrJob);
        return CostSplitter.split(amount(monthlyFlatRate, pensum), period, financing);
    }
}
