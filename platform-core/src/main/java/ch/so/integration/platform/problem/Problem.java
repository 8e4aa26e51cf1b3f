package ch.so.integration.platform.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem detail ({@code application/problem+json}). {@code type} names the kind of problem (see
 * docs/problems.md), {@code rule} the requirement ID a refusal rests on, {@code errors} the offending fields.
 * Never carries a stack trace, a class name or personal data.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "rule", "errors", "correlationId"})
public record Problem(String type, String title, int status, String detail, String instance, String rule,
                      List<FieldError> errors, String correlationId,
                      @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://integration.so.ch/problems/";

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null, null, null, null);
    }

    public Problem withRule(String ruleId) {
        return new Problem(type, title, status, detail, instance, ruleId, errors, correlationId, extensions);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, rule, fieldErrors, correlationId, extensions);
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, rule, errors, correlationId, extensions);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, rule, errors, id, extensions);
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new Problem(type, title, status, detail, instance, rule, errors, correlationId, more);
    }

    /** Extension members are written at the top level, as RFC 9457 §3.2 asks. */
    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }
}
