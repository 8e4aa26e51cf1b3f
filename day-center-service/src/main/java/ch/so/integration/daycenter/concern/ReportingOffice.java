package ch.so.integration.daycenter.concern;

/** DC-18: where a participant can take a concern (seed 000 §12). */
public enum ReportingOffice {
    /** The institution's internal reporting office ("Interne Meldestelle"). */
    INTERNAL_REPORTING_OFFICE,
    /** The external ombuds office ("Externe Ombudsstelle"). */
    EXTERNAL_OMBUDS_OFFICE,
    /** The victim support of the Canton of Solothurn ("Opferhilfe des Kantons Solothurn"). */
    VICTIM_SUPPORT
}
