package ch.so.integration.intake.person.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.person.Person;
import ch.so.integration.intake.person.Sex;

/** A person as the API shows it. AHV number, address and circumstances only for roles that need them (intake, admin). */
public record PersonView(
        UUID id,
        @Schema(description = "Only shown to the intake and admin roles")
        @JsonInclude(JsonInclude.Include.NON_NULL) String ahvNumber,
        String officialName,
        String firstName,
        Sex sex,
        LocalDate dateOfBirth,
        OffsetDateTime registeredAt,
        @Schema(description = "Only shown to the intake and admin roles")
        @JsonInclude(JsonInclude.Include.NON_NULL) AddressDto address,
        @Schema(description = "Only shown to the intake and admin roles")
        @JsonInclude(JsonInclude.Include.NON_NULL) CircumstancesDto circumstances) {

    /** @param full whether the reader's role may see the AHV number, the address and the circumstances */
    public static PersonView of(Person person, boolean full) {
        return new PersonView(person.id(), full ? person.ahvNumber().formatted() : null,
                person.officialName(), person.firstName(), person.sex(), person.dateOfBirth(), person.registeredAt(),
                full ? AddressDto.of(person.address()) : null,
                full ? CircumstancesDto.of(person.circumstances()) : null);
    }
}
