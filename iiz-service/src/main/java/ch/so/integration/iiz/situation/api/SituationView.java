package ch.so.integration.iiz.situation.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * IZ-04: the situation analysis so far: the questionnaire (every topic, answered or not), which topics are missing,
 * how many facts each source contributed, the client's view, and the latest issued report's version.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SituationView(UUID caseId, List<Topic> questionnaire, List<String> missingTopics, long factCount,
                            ClientViewPart clientView, Integer latestReportVersion, boolean readyToIssue) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Topic(String topic, String question, String answer, LocalDate since, String answeredBy,
                        String source, OffsetDateTime answeredAt) {
    }

    public record ClientViewPart(LocalDate talkOn, String text, String recordedBy, OffsetDateTime recordedAt) {
    }
}
