package ch.so.integration.iiz.iizcase.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.iiz.iizcase.DeletionLogEntry;

/** IZ-10: one entry of a closed case's deletion log: what was deleted (kind, id, SHA-256), when, by whom. */
public record DeletionLogView(String kind, UUID itemId, String sha256, OffsetDateTime deletedAt, String deletedBy) {

    public static DeletionLogView of(DeletionLogEntry e) {
        return new DeletionLogView(e.kind(), e.itemId(), e.sha256(), e.deletedAt(), e.deletedBy());
    }
}
