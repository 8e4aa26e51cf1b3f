package ch.so.integration.iiz.access;

import io.smallrye.config.ConfigMapping;

/**
 * IZ-10: the secret key of the deletion log's text hashes ({@code iiz-deletion-log.key}; {@code %prod} from
 * {@code IIZ_DELETION_LOG_KEY}, no default). A plain SHA-256 of a short text ("Antwort", a date and a number of weeks)
 * can be reversed by trying the likely texts; an HMAC-SHA256 with a key that only the service holds cannot.
 */
@ConfigMapping(prefix = "iiz-deletion-log")
public interface DeletionLogConfig {

    /** At least 32 characters; keep it: a new key makes earlier hashes impossible to compare. */
    String key();
}
