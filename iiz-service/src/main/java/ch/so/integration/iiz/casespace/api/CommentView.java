package ch.so.integration.iiz.casespace.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.casespace.CaseComment;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentView(UUID id, UUID caseId, String text, String addedBy, String member, String institution,
                          OffsetDateTime addedAt) {

    public static CommentView of(CaseComment c) {
        return new CommentView(c.id(), c.caseId(), c.text(), c.addedBy().user(), c.addedBy().member(),
                c.addedBy().institution(), c.addedAt());
    }
}
