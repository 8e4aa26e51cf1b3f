package ch.so.integration.platform.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id that follows one user action from the gateway through every service and event.
 * Accepted from a caller only if it looks like an id (so a header cannot smuggle text into our logs).
 */
public final class CorrelationId {

    public static final String HEADER = "X-Correlation-Id";
    /** MDC key for logs. */
    public static final String MDC_KEY = "correlationId";
    /** Kafka header and CloudEvents extension attribute. */
    public static final String EVENT_ATTRIBUTE = "correlationid";

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{8,100}");

    private CorrelationId() {
    }

    /** The caller's id when it is safe, else a new one. */
    public static String acceptOrCreate(String candidate) {
        return isSafe(candidate) ? candidate : create();
    }

    public static boolean isSafe(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches();
    }

    public static String create() {
        return UUID.randomUUID().toString();
    }
}
