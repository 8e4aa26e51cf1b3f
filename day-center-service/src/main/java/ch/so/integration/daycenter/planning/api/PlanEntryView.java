package ch.so.integration.daycenter.planning.api;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.daycenter.area.HalfDay;

public record PlanEntryView(UUID id, LocalDate date, HalfDay halfDay, UUID areaId, String areaName, UUID placementId,
                            Participant participant) {

    public record Participant(String officialName, String firstName) {
    }
}
