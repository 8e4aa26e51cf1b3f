package ch.so.integration.intake.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Intake's own settings (application.properties, {@code intake.*}). */
@ConfigMapping(prefix = "intake")
public interface IntakeConfig {

    /** The day center that offers the IVSE B places. */
    Institution institution();

    /** Notice periods per placement type (DC-13), copied into each agreement when it is made. */
    Map<String, Notice> noticePeriods();

    /** The collaboration rules document the agreement refers to as its annex (DC-12). */
    @WithDefault("Zusammenarbeiten WG Treffpunkt")
    String collaborationRulesReference();

    /** The edition of the collaboration rules document. */
    @WithDefault("Stand 2026")
    String collaborationRulesVersion();

    interface Institution {
        @WithDefault("WG Treffpunkt")
        String name();

        @WithDefault("Tagesstätte, 4500 Solothurn")
        String address();

        /** Canton of the institution: in- or out-of-canton financing (DC-07..DC-09). */
        @WithDefault("SO")
        String canton();
    }

    interface Notice {
        @WithDefault("0")
        int months();

        @WithDefault("0")
        int days();

        /** The notice runs to the end of a month. */
        @WithDefault("false")
        boolean toMonthEnd();
    }
}
