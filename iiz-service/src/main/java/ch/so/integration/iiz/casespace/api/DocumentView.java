package ch.so.integration.iiz.casespace.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.casespace.CaseDocument;

/** A document's description; its bytes are at {@code contentUrl}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentView(UUID id, UUID caseId, String name, String mediaType, long sizeBytes, String sha256,
                           String addedBy, String member, String institution, OffsetDateTime addedAt,
                           String contentUrl) {

    public static DocumentView of(CaseDocument d) {
        return new DocumentView(d.id(), d.caseId(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(),
                d.addedBy().user(), d.addedBy().member(), d.addedBy().institution(), d.addedAt(),
                "cases/" + d.caseId() + "/documents/" + d.id() + "/content");
    }
}
