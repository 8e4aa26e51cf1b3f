package ch.so.integration.daycenter.place.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.PlaceHistoryEntry;
import ch.so.integration.daycenter.place.PlaceStatus;

public record PlaceView(UUID placementId, UUID personId, Participant participant, LocalDate startDate,
                        LocalDate endDate, String setting, int pensumPercent, Integer billingBasisPensumPercent,
                        List<String> workAreas, PlaceStatus status, String caseManager, OffsetDateTime openedAt,
                        List<Change> history) {

    public record Participant(String officialName, String firstName) {
    }

    public record Change(OffsetDateTime occurredAt, String change, String detail, UUID sourceEventId) {
    }

    public static PlaceView of(Place place, List<PlaceHistoryEntry> history) {
        return new PlaceView(place.placementId(), place.personId(),
                new Participant(place.participantOfficialName(), place.participantFirstName()), place.startDate(),
                place.endDate(), place.setting(), place.pensumPercent(), place.billingBasisPensumPercent(),
                place.workAreas(), place.status(), place.caseManager(), place.openedAt(),
                history == null ? null : history.stream()
                        .map(h -> new Change(h.occurredAt(), h.change(), h.detail(), h.sourceEventId())).toList());
    }
}
