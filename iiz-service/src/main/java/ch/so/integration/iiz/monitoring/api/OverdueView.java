package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;
import java.util.UUID;

/** IZ-09: a case whose review is overdue: since when, by how many days. */
public record OverdueView(UUID caseId, LocalDate dueOn, long daysOverdue, int intervalWeeks) {
}
