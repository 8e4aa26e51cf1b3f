package ch.so.integration.segmentation.goalagreement.api;

import java.time.LocalDate;

/** A goal: what, how reaching it shows (indicator), by when. */
public record GoalDto(String description, String indicator, LocalDate dueOn) {
}
