package ch.so.integration.daycenter.planning.api;

import java.time.LocalDate;
import java.util.List;

/** A week's plan as written: the week, its Monday and Sunday, and the entries. */
public record WeekPlanView(String week, LocalDate from, LocalDate to, List<PlanEntryView> entries) {
}
