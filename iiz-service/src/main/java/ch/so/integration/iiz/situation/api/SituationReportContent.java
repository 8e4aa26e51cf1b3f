package ch.so.integration.iiz.situation.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * IZ-04: the structured situation report (Situationsbeschreibung) as issued: the questionnaire in its order, each
 * institution's facts, and the client's view where a talk took place (null otherwise).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SituationReportContent(UUID reportId, UUID caseId, UUID personId, int version, LocalDate issuedOn,
                                     String issuedBy, List<TopicAnswer> questionnaire, List<InstitutionFacts> facts,
                                     ClientViewPart clientView) {

    /** One topic: the seed's question and the social-assistance body's answer. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TopicAnswer(String topic, String question, String answer, LocalDate since, String answeredBy,
                              String source, LocalDate answeredOn) {
    }

    /** The facts one institution (or the iiz office, the social-assistance body) contributed, oldest first. */
    public record InstitutionFacts(String source, List<Fact> facts) {
    }

    public record Fact(UUID id, String text, String addedBy, LocalDate addedOn) {
    }

    public record ClientViewPart(LocalDate talkOn, String text) {
    }
}
