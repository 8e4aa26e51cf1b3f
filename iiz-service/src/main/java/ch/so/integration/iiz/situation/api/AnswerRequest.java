package ch.so.integration.iiz.situation.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.iiz.situation.SituationTopic;

/** IZ-04: answers to one or more topics of the questionnaire; each replaces the topic's earlier answer. */
public record AnswerRequest(
        @NotEmpty(message = "at least one answer is required") @Size(max = 10, message = "at most 10 answers")
        List<@NotNull(message = "must not be null") @Valid Answer> answers) {

    public record Answer(
            @NotNull(message = "is required") SituationTopic topic,
            @NotNull(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text,
            @Schema(description = "Only for ON_ASSISTANCE_SINCE: the day the client registered with social assistance")
            LocalDate since) {
    }
}
