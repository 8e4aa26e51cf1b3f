package ch.so.integration.intake.placement;

/** Why a rule refuses a placement request: the rule, the field it concerns (may be null) and a sentence. */
public record Refusal(String rule, String field, String message) {
}
