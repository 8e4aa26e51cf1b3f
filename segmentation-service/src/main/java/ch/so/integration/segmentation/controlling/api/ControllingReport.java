package ch.so.integration.segmentation.controlling.api;

import java.time.LocalDate;
import java.util.List;

/**
 * SG-11/SG-12: the anonymised figures of the integration cases for the period {@code from} to {@code to} (inclusive;
 * {@code to} is the reference day of the distribution and the age bands). No names, ids or dates of birth; groups
 * of fewer than {@code threshold} cases are suppressed.
 */
public record ControllingReport(LocalDate from, LocalDate to, int threshold, List<String> notes,
                                List<FigureTable> figures) {

    public FigureTable figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }
}
