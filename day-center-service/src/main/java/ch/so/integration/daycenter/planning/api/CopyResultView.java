package ch.so.integration.daycenter.planning.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.daycenter.area.HalfDay;

/** What copying last week's plan did: how many entries it copied, and the ones it skipped with the rule. */
public record CopyResultView(String week, String fromWeek, int copied, List<Skipped> skipped) {

    public record Skipped(UUID placementId, LocalDate date, HalfDay halfDay, UUID areaId, String rule, String reason) {
    }
}
