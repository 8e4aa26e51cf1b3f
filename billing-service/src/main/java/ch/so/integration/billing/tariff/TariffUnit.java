package ch.so.integration.billing.tariff;

/** The units an AMI tariff is given in (AM-01). */
public enum TariffUnit {
    COACHING_HOUR("pro Coachingstunde"),
    DAY("pro Einsatztag"),
    HOUR_WORKED("pro geleistete Stunde");

    private final String label;

    TariffUnit(String label) {
        this.label = label;
    }

    /** German label as in the seed, e.g. {@code pro Einsatztag}. */
    public String label() {
        return label;
    }
}
