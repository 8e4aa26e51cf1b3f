package ch.so.integration.intake.person;

/** Command of German on the CEFR scale; NATIVE for first-language speakers. AM-02 needs it for Coaching. */
public enum GermanLevel {
    NONE, A1, A2, B1, B2, C1, C2, NATIVE;

    public boolean atLeast(GermanLevel level) {
        return compareTo(level) >= 0;
    }
}
