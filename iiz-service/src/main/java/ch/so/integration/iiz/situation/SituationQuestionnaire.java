package ch.so.integration.iiz.situation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-04: the rules of the structured questionnaire. An answer names its topic once, has a text, and the first topic
 * (since when on assistance) also a date that does not lie in the future; the other topics take no date. A report
 * is issued only when every one of the ten topics is answered ("keine Angaben" is an answer; an empty one is not).
 */
public final class SituationQuestionnaire {

    public static final String RULE = "IZ-04";
    public static final int MAX_TEXT_LENGTH = 4000;

    /** One answer as given; {@code since} only for {@link SituationTopic#ON_ASSISTANCE_SINCE}. */
    public record Answer(SituationTopic topic, String text, LocalDate since) {
    }

    private SituationQuestionnaire() {
    }

    /**
     * Checks answers given together (field names {@code answers[i].…}); returns them with stripped texts.
     *
     * @throws ProblemException 400 naming every offending field
     */
    public static List<Answer> check(List<Answer> answers, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        List<Answer> cleaned = new ArrayList<>();
        if (answers == null || answers.isEmpty()) {
            throw ProblemException.invalidField("answers", "at least one answer is required");
        }
        Set<SituationTopic> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = "answers[" + i + "]";
            if (answer == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            if (answer.topic() == null) {
                errors.add(new FieldError(field + ".topic", "is required"));
            } else if (!seen.add(answer.topic())) {
                errors.add(new FieldError(field + ".topic", "is answered twice in this request"));
            }
            String text = answer.text() == null ? "" : answer.text().strip();
            if (text.isEmpty()) {
                errors.add(new FieldError(field + ".text", "is required"));
            } else if (text.length() > MAX_TEXT_LENGTH) {
                errors.add(new FieldError(field + ".text", "must be at most " + MAX_TEXT_LENGTH + " characters"));
            }
            if (answer.topic() != null && answer.topic().needsSince()) {
                if (answer.since() == null) {
                    errors.add(new FieldError(field + ".since", "is required for " + answer.topic()));
                } else if (answer.since().isAfter(today)) {
                    errors.add(new FieldError(field + ".since", "must not lie in the future"));
                }
            } else if (answer.since() != null) {
                errors.add(new FieldError(field + ".since", "is only given for " + SituationTopic.ON_ASSISTANCE_SINCE));
            }
            cleaned.add(new Answer(answer.topic(), text, answer.since()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return cleaned;
    }

    /** The topics not yet answered, in the questionnaire's order. */
    public static List<SituationTopic> missing(Collection<SituationTopic> answered) {
        EnumSet<SituationTopic> open = EnumSet.allOf(SituationTopic.class);
        open.removeAll(answered);
        return List.copyOf(open);
    }

    /**
     * IZ-04: a report needs the whole questionnaire.
     *
     * @throws ProblemException 409 rule-violation IZ-04 listing the missing topics
     */
    public static void requireComplete(Collection<SituationTopic> answered) {
        List<SituationTopic> missing = missing(answered);
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                            "IZ-04: the situation report needs the social-assistance body's answers to all ten topics; "
                                    + missing.size() + " are missing.")
                    .withRule(RULE).with("missingTopics", missing.stream().map(Enum::name).toList()));
        }
    }

    static List<SituationTopic> inOrder() {
        return Arrays.asList(SituationTopic.values());
    }
}
