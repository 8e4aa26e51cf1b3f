package ch.so.integration.daycenter.concern.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ch.so.integration.daycenter.concern.Concern;
import ch.so.integration.daycenter.concern.ConcernAbout;
import ch.so.integration.daycenter.concern.ConcernStatus;
import ch.so.integration.daycenter.concern.ReportingOffice;

/** A concern with its status history. */
public record ConcernView(UUID id, UUID placementId, UUID personId, ReportingOffice office, ConcernAbout about,
                          String content, LocalDate receivedOn, ConcernStatus status, String recordedBy,
                          OffsetDateTime recordedAt, List<StatusChangeView> history) {

    public record StatusChangeView(ConcernStatus status, String changedBy, OffsetDateTime changedAt, String note) {
    }

    public static ConcernView of(Concern c) {
        return new ConcernView(c.id(), c.placementId(), c.personId(), c.office(), c.about(), c.content(),
                c.receivedOn(), c.status(), c.recordedBy(), c.recordedAt(), c.history().stream()
                .map(h -> new StatusChangeView(h.status(), h.changedBy(), h.changedAt(), h.note())).toList());
    }
}
