package ch.so.integration.iiz.situation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.iiz.situation.SituationQuestionnaire.Answer;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

class SituationQuestionnaireTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    @DisplayName("IZ-04 the questionnaire has the seed's ten topics in its order, each with its German question")
    void tenTopics() {
        assertThat(SituationTopic.values()).hasSize(10);
        assertThat(SituationTopic.values()[0]).isEqualTo(SituationTopic.ON_ASSISTANCE_SINCE);
        assertThat(SituationTopic.values()[9]).isEqualTo(SituationTopic.CONCERNS_FOR_NETWORK);
        assertThat(SituationTopic.SUPPORT_SYSTEMS.question()).contains("Hilfssysteme");
        assertThat(SituationTopic.BEHAVIOUR_MOTIVATION_COOPERATION.question()).contains("Motivation");
        assertThat(EnumSet.allOf(SituationTopic.class)).allSatisfy(t -> assertThat(t.question()).endsWith("?"));
    }

    @Test
    @DisplayName("IZ-04 since when on assistance is answered with a date, not in the future; other topics take none")
    void since() {
        assertThat(SituationQuestionnaire.check(List.of(
                new Answer(SituationTopic.ON_ASSISTANCE_SINCE, " Seit Frühling 2024 ", LocalDate.of(2024, 3, 1)),
                new Answer(SituationTopic.SUPPORT_SYSTEMS, "Hausärztin", null)), TODAY))
                .extracting(Answer::text).containsExactly("Seit Frühling 2024", "Hausärztin");
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> SituationQuestionnaire.check(List.of(
                new Answer(SituationTopic.ON_ASSISTANCE_SINCE, "seit jeher", null),
                new Answer(SituationTopic.PERSONAL_ENVIRONMENT, "zwei Kinder", TODAY),
                new Answer(SituationTopic.MEASURE_REPORTS, " ", null)), TODAY));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(FieldError::field)
                .containsExactly("answers[0].since", "answers[1].since", "answers[2].text");
        ProblemException future = catchThrowableOfType(ProblemException.class, () -> SituationQuestionnaire.check(
                List.of(new Answer(SituationTopic.ON_ASSISTANCE_SINCE, "x", TODAY.plusDays(1))), TODAY));
        assertThat(future.problem().errors().getFirst().message()).isEqualTo("must not lie in the future");
    }

    @Test
    @DisplayName("IZ-04 a topic answered twice in one request is refused")
    void twice() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> SituationQuestionnaire.check(List.of(
                new Answer(SituationTopic.SUPPORT_SYSTEMS, "a", null),
                new Answer(SituationTopic.SUPPORT_SYSTEMS, "b", null)), TODAY));
        assertThat(e.problem().errors()).extracting(FieldError::field).containsExactly("answers[1].topic");
    }

    @Test
    @DisplayName("IZ-04 a report needs all ten topics answered: 409 rule-violation naming the missing topics")
    void complete() {
        List<SituationTopic> nine = List.of(SituationTopic.values()).subList(0, 9);
        assertThat(SituationQuestionnaire.missing(nine)).containsExactly(SituationTopic.CONCERNS_FOR_NETWORK);
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> SituationQuestionnaire.requireComplete(nine));
        assertThat(e.problem().status()).isEqualTo(409);
        assertThat(e.problem().rule()).isEqualTo("IZ-04");
        assertThat(e.problem().extensions().get("missingTopics")).isEqualTo(List.of("CONCERNS_FOR_NETWORK"));
        SituationQuestionnaire.requireComplete(EnumSet.allOf(SituationTopic.class));
        assertThat(SituationQuestionnaire.missing(List.of())).hasSize(10);
    }
}
