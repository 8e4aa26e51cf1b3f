package ch.so.integration.iiz.plan.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.iiz.plan.Measure;

/** IZ-08: a measure with its deadline and a responsible institution or person (at least one). */
public record MeasureDto(
        String title,
        String description,
        LocalDate deadline,
        @Schema(description = "Institution id of the network, e.g. RAV-SO") String responsibleInstitution,
        @Schema(description = "A person, e.g. the client or a named specialist") String responsiblePerson) {

    public Measure toMeasure() {
        return new Measure(title, description, deadline, responsibleInstitution, responsiblePerson);
    }

    public static MeasureDto of(Measure m) {
        return new MeasureDto(m.title(), m.description(), m.deadline(), m.responsibleInstitution(), m.responsiblePerson());
    }
}
