package ch.so.integration.daycenter.area;

import java.time.LocalTime;

/**
 * The half-days of the day center's opening hours (DC-01, DC-04). Reading: the day (08:00–16:30) is split at noon,
 * so a morning runs 08:00–12:00 and an afternoon 12:00–16:30; the lunch break belongs to neither in practice, but
 * the plan only knows these two blocks.
 */
public enum HalfDay {
    MORNING(LocalTime.of(8, 0), LocalTime.of(12, 0)),
    AFTERNOON(LocalTime.of(12, 0), LocalTime.of(16, 30));

    private final LocalTime from;
    private final LocalTime to;

    HalfDay(LocalTime from, LocalTime to) {
        this.from = from;
        this.to = to;
    }

    public LocalTime from() {
        return from;
    }

    public LocalTime to() {
        return to;
    }
}
