package ch.so.integration.platform.problem;

/** One offending input field: its JSON path (e.g. {@code address.postalCode}) and what is wrong with it. */
public record FieldError(String field, String message) {
}
