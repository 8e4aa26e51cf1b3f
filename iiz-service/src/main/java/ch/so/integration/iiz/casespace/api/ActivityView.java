package ch.so.integration.iiz.casespace.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.casespace.CaseActivity;

/** One line of the activity feed: what happened, on which item, by whom. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActivityView(UUID id, OffsetDateTime occurredAt, String kind, UUID itemId, String actor, String member,
                           String institution) {

    public static ActivityView of(CaseActivity a) {
        return new ActivityView(a.id(), a.occurredAt(), a.kind(), a.itemId(), a.actor(), a.member(), a.institution());
    }
}
