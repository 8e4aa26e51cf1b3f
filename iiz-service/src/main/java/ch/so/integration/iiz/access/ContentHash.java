package ch.so.integration.iiz.access;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.runtime.Startup;

/**
 * The hashes the deletion log keeps of erased content (IZ-10), 64 lower-case hex digits either way:
 * <ul>
 * <li>{@link #ofText}: HMAC-SHA256 of the text's UTF-8 with the configured key ({@link DeletionLogConfig}). Texts
 * are often short and guessable (a topic's answer, a date, a number of weeks): a plain SHA-256 could be reversed by
 * hashing candidates; without the key it cannot. Whoever holds the key and a text can still check it.</li>
 * <li>{@link #ofBytes}: plain SHA-256 of stored bytes (documents, issued report PDFs): the same hash the API returned
 * when they were stored, so a holder of the file can prove which one was deleted.</li>
 * </ul>
 * Created at start ({@code @Startup}): a missing or short key stops the service at start, not at the first closure.
 */
@ApplicationScoped
@Startup
public class ContentHash {

    static final String HMAC = "HmacSHA256";
    static final int MIN_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    @Inject
    ContentHash(DeletionLogConfig config) {
        this(config.key());
    }

    /** For plain tests: a hash with the given key. */
    public ContentHash(String key) {
        if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("iiz-deletion-log.key (IIZ_DELETION_LOG_KEY) must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    /** HMAC-SHA256 of a text (UTF-8) with the deletion-log key. */
    public String ofText(String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 of stored bytes. */
    public static String ofBytes(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
