package ch.so.integration.daycenter.area.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.daycenter.area.WorkArea;
import ch.so.integration.daycenter.area.WorkAreaKind;

public record WorkAreaView(UUID id, String name, int capacity, WorkAreaKind kind, BigDecimal motivationCompensation,
                           List<Closure> closures) {

    public record Closure(UUID id, LocalDate from, LocalDate to, String reason) {
    }

    public static WorkAreaView of(WorkArea area) {
        return new WorkAreaView(area.id(), area.name(), area.capacity(), area.kind(), area.motivationCompensation(),
                area.closures().stream()
                        .map(c -> new Closure(c.id(), c.days().from(), c.days().to(), c.reason())).toList());
    }
}
