package ch.so.integration.segmentation.controlling;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import ch.so.integration.segmentation.controlling.CaseHistory.Decision;
import ch.so.integration.segmentation.controlling.CaseHistory.Detachment;
import ch.so.integration.segmentation.controlling.CaseHistory.Effort;
import ch.so.integration.segmentation.effort.EffortKind;

/** Builds anonymous case histories for the plain tests. */
final class Histories {

    private Entitlement entitlement = Entitlement.ENTITLED;
    private String assistance = "REGULAR";
    private String region = "Untergäu";
    private AgeBand ageBand;
    private LocalDate openedOn = LocalDate.parse("2025-01-06");
    private final List<Decision> decisions = new ArrayList<>();
    private final List<LocalDate> reviews = new ArrayList<>();
    private Detachment detachment;
    private LocalDate closedOn;
    private final List<Effort> efforts = new ArrayList<>();

    static Histories entitled() {
        return new Histories();
    }

    static Histories prevention() {
        Histories h = new Histories();
        h.entitlement = Entitlement.PREVENTION;
        return h;
    }

    static List<CaseHistory> times(int n, Supplier<Histories> history) {
        return IntStream.range(0, n).mapToObj(i -> history.get().build()).toList();
    }

    Histories opened(String day) {
        openedOn = LocalDate.parse(day);
        return this;
    }

    Histories region(String name) {
        region = name;
        return this;
    }

    Histories assistance(String type) {
        assistance = type;
        return this;
    }

    Histories age(AgeBand band) {
        ageBand = band;
        return this;
    }

    /** A decision valid for 6 months. */
    Histories decide(String day, Segment segment) {
        decisions.add(new Decision(LocalDate.parse(day), segment, null));
        return this;
    }

    Histories decide(String day, Segment segment, String validUntil) {
        decisions.add(new Decision(LocalDate.parse(day), segment, LocalDate.parse(validUntil)));
        return this;
    }

    /** A review held that day, deciding the segment (kept or changed), valid for 6 months. */
    Histories review(String day, Segment segment) {
        reviews.add(LocalDate.parse(day));
        return decide(day, segment);
    }

    Histories detach(String day) {
        detachment = new Detachment(LocalDate.parse(day));
        return this;
    }

    Histories close(String day) {
        closedOn = LocalDate.parse(day);
        return this;
    }

    Histories effort(String day, EffortKind kind, int minutes) {
        efforts.add(new Effort(LocalDate.parse(day), kind, minutes));
        return this;
    }

    CaseHistory build() {
        return new CaseHistory(entitlement, assistance, region, ageBand, openedOn, decisions, reviews, detachment,
                closedOn, efforts);
    }
}
