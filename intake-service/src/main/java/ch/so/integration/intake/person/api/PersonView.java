package ch.so.integration.intake.person.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.person.Person;
import ch.so.integration.intake.person.Sex;

/** A person as the API shows it. The AHV number only for roles that need it (intake, admin). */
public record PersonView(
        UUID id,
        @Schema(description = "Only shown to the intake and admin roles")
        @JsonInclude(JsonInclude.Include.NON_NULL) String ahvNumber,
        String officialName,
        String firstName,
        Sex sex,
        LocalDate dateOfBirth,
        OffsetDateTime registeredAt) {

    public static PersonView of(Person person, boolean showAhvNumber) {
        return new PersonView(person.id(), showAhvNumber ? person.ahvNumber().formatted() : null,
                person.officialName(), person.firstName(), person.sex(), person.dateOfBirth(), person.registeredAt());
    }
}
