package ch.so.integration.iiz.access;

import java.util.List;
import java.util.UUID;

/**
 * IZ-10: at closure, every package that holds what the institutions provided for a case deletes it for good (rows and
 * stored content) and says what it deleted. The case package calls every bean implementing this, in the closing
 * transaction, writes the deletion log (ids and hashes, never content) and forgets the idempotency store's responses
 * of the case and of every erased id.
 */
public interface CaseContentEraser {

    List<Erased> eraseAll(UUID caseId);

    /**
     * @param kind   e.g. "document", "comment", "situation-fact"
     * @param id     the deleted item's id
     * @param sha256 the hash of the deleted content, for the log: {@link ContentHash#ofBytes} (SHA-256) of stored
     *               bytes, {@link ContentHash#ofText} (HMAC-SHA256 with the deletion-log key) of a text
     */
    record Erased(String kind, UUID id, String sha256) {
    }
}
