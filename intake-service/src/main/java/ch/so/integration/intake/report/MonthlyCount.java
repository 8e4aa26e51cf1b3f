package ch.so.integration.intake.report;

import java.time.YearMonth;

import ch.so.integration.intake.placement.PlacementType;

/** One figure of the report as the database counted it; months and types without a row count zero. */
public record MonthlyCount(YearMonth month, Measure measure, PlacementType type, long count) {
}
