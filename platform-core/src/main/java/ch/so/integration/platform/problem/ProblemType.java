package ch.so.integration.platform.problem;

/** The kinds of problem the suite answers with; each has a page in docs/problems.md. */
public enum ProblemType {
    VALIDATION("validation", "The request has invalid fields", 400),
    MALFORMED_REQUEST("malformed-request", "The request body cannot be read", 400),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", 401),
    FORBIDDEN("forbidden", "This role may not do that", 403),
    NOT_FOUND("not-found", "Not found", 404),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", 405),
    NOT_ACCEPTABLE("not-acceptable", "Not acceptable", 406),
    CONFLICT("conflict", "Conflict with the current state", 409),
    DUPLICATE("duplicate", "Already registered", 409),
    RULE_VIOLATION("rule-violation", "A business rule refuses this", 409),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency-Key reused for a different request", 422),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", 415),
    PAYLOAD_TOO_LARGE("payload-too-large", "Payload too large", 413),
    INTERNAL("internal", "Internal error", 500),
    BAD_GATEWAY("bad-gateway", "The service behind the gateway is not reachable", 502),
    SERVICE_UNAVAILABLE("service-unavailable", "Service unavailable", 503),
    GATEWAY_TIMEOUT("gateway-timeout", "The service behind the gateway did not answer in time", 504);

    private final String slug;
    private final String title;
    private final int status;

    ProblemType(String slug, String title, int status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public String uri() {
        return Problem.TYPE_BASE + slug;
    }

    public String title() {
        return title;
    }

    public int status() {
        return status;
    }

    /** The generic kind for an HTTP status we did not classify more precisely. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != DUPLICATE && type != RULE_VIOLATION && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
