package ch.so.integration.daycenter.ibb.api;

import java.util.List;
import java.util.UUID;

/** @param levelToday null: assessment pending */
public record IbbHistoryView(UUID placementId, Integer levelToday, List<ClassificationView> history) {
}
