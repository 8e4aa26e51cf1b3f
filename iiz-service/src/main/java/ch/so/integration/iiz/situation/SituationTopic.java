package ch.so.integration.iiz.situation;

/**
 * IZ-04: the ten topics the iiz specialists ask the social-assistance body about (seed 002 §2), in the seed's order,
 * with the question as the seed puts it.
 */
public enum SituationTopic {
    ON_ASSISTANCE_SINCE("Seit wann ist die Klientin / der Klient bei der Sozialhilfe angemeldet?"),
    PAST_INTEGRATION_EFFORTS("Was wurde in der Vergangenheit bezüglich der beruflichen Integration unternommen "
            + "(z.B. Teilnahme an Beschäftigungsprogrammen, Kursen)?"),
    MEASURE_REPORTS("Liegen fürs iiz-Netzwerk relevante Berichte von Integrationsmassnahmen vor?"),
    PLANNED_INTEGRATION_AND_GOALS("Was ist bezüglich der beruflichen und sozialen Integration geplant / gibt es "
            + "Zielvereinbarungen?"),
    PERSONAL_ENVIRONMENT("Wie sieht das persönliche Umfeld aus (Familie, Kinder, Wohnsituation, Betreuungsaufgaben)?"),
    RESOURCES_AND_OBSTACLES("Was sind für Ressourcen / Hindernisse bezüglich der beruflichen Integration erkennbar?"),
    DAILY_ROUTINE_AND_INTERESTS("Wie gestaltet sich der Tagesablauf? Wie sehen die Freizeitaktivitäten / Interessen aus?"),
    SUPPORT_SYSTEMS("Sind Hilfssysteme (Ärzte, Therapeuten, Beratungsstellen oder weitere Fachpersonen) involviert?"),
    BEHAVIOUR_MOTIVATION_COOPERATION("Wie werden Verhalten, Auftreten und Motivation sowie Zusammenarbeit der "
            + "Klientin / des Klienten subjektiv eingeschätzt?"),
    CONCERNS_FOR_NETWORK("Gibt es Anliegen an das iiz-Netzwerk, wie besonders zu beachtende Punkte in der "
            + "Zusammenarbeit oder Themen mit Klärungsbedarf?");

    private final String question;

    SituationTopic(String question) {
        this.question = question;
    }

    public String question() {
        return question;
    }

    /** The first topic is answered with a date (since when on assistance) besides the text. */
    public boolean needsSince() {
        return this == ON_ASSISTANCE_SINCE;
    }
}
