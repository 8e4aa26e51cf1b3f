package ch.so.integration.daycenter.planning;

/**
 * How many half-days a week a participant may be planned (DC-04 with DC-05). Reading: 100 % Pensum is 5 days of
 * two half-days, so the Pensum in % times 10 half-days, divided by 100: 60 % allows 6 half-days, 100 % allows 10,
 * 10 % allows 1. A Pensum that is not a multiple of 10 is rounded down (55 % allows 5), so the plan never exceeds it.
 */
public final class PensumLimit {

    public static final String RULE = "DC-05";
    public static final int HALF_DAYS_AT_FULL_PENSUM = 10;

    private PensumLimit() {
    }

    public static int maxHalfDaysPerWeek(int pensumPercent) {
        if (pensumPercent < 0 || pensumPercent > 100) {
            throw new IllegalArgumentException("a Pensum is 0 to 100 %");
        }
        return pensumPercent * HALF_DAYS_AT_FULL_PENSUM / 100;
    }
}
