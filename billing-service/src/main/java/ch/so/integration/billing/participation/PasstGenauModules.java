package ch.so.integration.billing.participation;

import java.util.Map;

/**
 * PG-02: billing's own table of the pass(t)genau modules intake books (by intake's module name): the German label
 * for the invoice and the monthly hour limit (job securing: 30 h a month); no intake code is imported.
 */
public final class PasstGenauModules {

    private static final Map<String, String> LABELS = Map.of(
            "ENTRY_PHASE", "Einstiegsphase",
            "QUALIFICATION_PHASE", "Qualifizierungsphase",
            "STABILISATION_PHASE", "Stabilisierungsphase",
            "TRANSITION_PHASE", "Übergangsphase",
            "JOB_SECURING", "Sicherung Arbeitsplatz",
            "JOB_COACHING", "Jobcoaching");

    private PasstGenauModules() {
    }

    /** The German label, or the module name itself for a module billing does not know. */
    public static String label(String module) {
        return LABELS.getOrDefault(module, module);
    }

    public static boolean known(String module) {
        return LABELS.containsKey(module);
    }

    /** PG-02: job securing has at most 30 hours a month; the other modules have no monthly limit. */
    public static Integer monthlyHourLimit(String module) {
        return "JOB_SECURING".equals(module) ? 30 : null;
    }
}
