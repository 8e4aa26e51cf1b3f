package ch.so.integration.iiz.roundtable.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.iiz.roundtable.Invitee;

/** IZ-07: when and where, and who is invited. */
public record ScheduleRequest(
        @NotNull(message = "is required") LocalDate date,
        @Schema(description = "Start of the 30-minute pre-meeting (Zurich time); the session follows", examples = "09:00")
        @NotNull(message = "is required") LocalTime preMeetingStart,
        @Schema(description = "Length of the session with the client, 45 to 90 minutes; 60 when left out")
        Integer sessionMinutes,
        @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String location,
        @NotEmpty(message = "the professionals and the client are invited") @Size(max = 30, message = "at most 30 invitees")
        List<@NotNull(message = "must not be null") @Valid InviteeDto> invitees) {

    public record InviteeDto(
            @NotBlank(message = "is required") @Size(max = 160, message = "must be at most 160 characters") String name,
            @NotNull(message = "is required") Invitee.Kind kind,
            @Size(max = 60, message = "must be at most 60 characters") String institution) {
    }
}
