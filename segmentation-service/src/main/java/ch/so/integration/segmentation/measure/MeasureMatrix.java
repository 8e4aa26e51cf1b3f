package ch.so.integration.segmentation.measure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.integrationcase.Segment;

/**
 * SG-05: the measures each segment admits, kept as data in one place: the resource
 * {@value #RESOURCE} (a semicolon-separated table: type;A;V;O;S with yes / exception / no). Every measure type and
 * every segment must be in it; a broken table fails the start.
 */
public final class MeasureMatrix {

    public static final String RESOURCE = "measures/segment-matrix.csv";
    public static final String RULE = "SG-05";

    private static final MeasureMatrix STANDARD = load();

    private final Map<MeasureType, Map<Segment, Admissibility>> table;

    private MeasureMatrix(Map<MeasureType, Map<Segment, Admissibility>> table) {
        this.table = table;
    }

    /** The table from {@value #RESOURCE}. */
    public static MeasureMatrix standard() {
        return STANDARD;
    }

    public Admissibility admissibility(MeasureType type, Segment segment) {
        return table.get(type).get(segment);
    }

    /**
     * SG-05: refuses a measure the segment excludes, and one it admits only as an exception without a justification.
     */
    public void checkAssignable(MeasureType type, Segment segment, String justification) {
        Admissibility admissibility = admissibility(type, segment);
        if (admissibility == Admissibility.EXCLUDED) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-05: segment " + segment + " ("
                            + segment.label() + ") excludes the measure " + type + " (" + type.label() + ").")
                    .withRule(RULE).withErrors(List.of(new FieldError("type", "excluded in segment " + segment)))
                    .with("segment", segment.name()).with("measureType", type.name()));
        }
        if (admissibility == Admissibility.EXCEPTION_ONLY && (justification == null || justification.isBlank())) {
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "SG-05: in segment " + segment
                            + " the measure " + type + " is as a rule not used; give a justification for the "
                            + "exception.")
                    .withRule(RULE).withErrors(List.of(new FieldError("justification",
                            "is required for this measure in segment " + segment)))
                    .with("segment", segment.name()).with("measureType", type.name()));
        }
    }

    /** The measure types a segment excludes outright. */
    public List<MeasureType> excludedIn(Segment segment) {
        List<MeasureType> excluded = new ArrayList<>();
        for (MeasureType type : MeasureType.values()) {
            if (admissibility(type, segment) == Admissibility.EXCLUDED) {
                excluded.add(type);
            }
        }
        return excluded;
    }

    static MeasureMatrix parse(List<String> lines) {
        Map<MeasureType, Map<Segment, Admissibility>> table = new EnumMap<>(MeasureType.class);
        List<Segment> columns = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(";", -1);
            if (columns == null) {
                if (!"type".equals(cells[0].strip())) {
                    throw new IllegalStateException(RESOURCE + ": the header must start with 'type'");
                }
                columns = new ArrayList<>();
                for (int i = 1; i < cells.length; i++) {
                    columns.add(Segment.valueOf(cells[i].strip()));
                }
                if (columns.size() != Segment.values().length || columns.stream().distinct().count() != columns.size()) {
                    throw new IllegalStateException(RESOURCE + ": the header must name each segment once");
                }
                continue;
            }
            if (cells.length != columns.size() + 1) {
                throw new IllegalStateException(RESOURCE + ": row '" + cells[0] + "' has " + (cells.length - 1)
                        + " cells, expected " + columns.size());
            }
            MeasureType type = MeasureType.valueOf(cells[0].strip());
            Map<Segment, Admissibility> row = new EnumMap<>(Segment.class);
            for (int i = 1; i < cells.length; i++) {
                row.put(columns.get(i - 1), switch (cells[i].strip()) {
                    case "yes" -> Admissibility.ADMITTED;
                    case "exception" -> Admissibility.EXCEPTION_ONLY;
                    case "no" -> Admissibility.EXCLUDED;
                    default -> throw new IllegalStateException(RESOURCE + ": '" + cells[i] + "' for " + type
                            + " is not yes, exception or no");
                });
            }
            if (table.put(type, Collections.unmodifiableMap(row)) != null) {
                throw new IllegalStateException(RESOURCE + ": " + type + " appears twice");
            }
        }
        for (MeasureType type : MeasureType.values()) {
            if (!table.containsKey(type)) {
                throw new IllegalStateException(RESOURCE + ": " + type + " is missing");
            }
        }
        return new MeasureMatrix(Collections.unmodifiableMap(table));
    }

    private static MeasureMatrix load() {
        try (InputStream in = Objects.requireNonNull(
                MeasureMatrix.class.getClassLoader().getResourceAsStream(RESOURCE), RESOURCE + " is missing");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
