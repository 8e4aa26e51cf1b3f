package ch.so.integration.intake.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import ch.so.integration.intake.programme.api.PostalCodeImportSummary;
import ch.so.integration.platform.persistence.Failures;
import ch.so.integration.platform.persistence.Migrations;
import ch.so.integration.platform.web.ProblemException;
import io.quarkus.runtime.StartupEvent;

/**
 * Reads Swiss postal codes with coordinates from the GeoNames postal-code CSV (Postal code data © GeoNames,
 * CC BY 4.0) as converted by zauberware/postal-codes-json-xml-csv:
 * {@code country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude}.
 * Fields may be quoted (RFC 4180). Rows that are not Swiss, lack coordinates or fail a check are skipped with their
 * line and reason; a row repeating an earlier row's zip code, place and municipality replaces it.
 *
 * <p>At start, when {@code intake.postal-codes.import-file} names an existing file, it is imported: upserted at every
 * start rather than skipped when the table looks full, because the 4,500 rows take well under a second and
 * unchanged rows are not written. A missing file or a failed import is logged as a warning; the service starts
 * anyway with the postal codes it has.
 */
@ApplicationScoped
public class PostalCodeImport {

    private static final Logger LOG = Logger.getLogger(PostalCodeImport.class);

    /** The columns the import reads; others are ignored. */
    static final List<String> COLUMNS = List.of("country_code", "zipcode", "place", "state_code", "community_code",
            "latitude", "longitude");

    /** Swiss coordinates lie within this box (WGS84); anything outside is a broken row. */
    private static final double MIN_LATITUDE = 45.7;
    private static final double MAX_LATITUDE = 47.9;
    private static final double MIN_LONGITUDE = 5.8;
    private static final double MAX_LONGITUDE = 10.6;

    private final PostalCodeService service;
    private final PostalCodeConfig config;

    PostalCodeImport(PostalCodeService service, PostalCodeConfig config) {
        this.service = service;
        this.config = config;
    }

    /** A row left out, by its line in the file (the header is line 1), and why. */
    public record SkippedRow(long line, String reason) {
    }

    /**
     * What a file holds: the rows read (without header and blank lines), the distinct entries, how many rows repeated
     * an earlier entry, and the rows skipped.
     */
    public record Parsed(int rowsRead, List<PostalCodeEntry> entries, int duplicates, List<SkippedRow> skipped) {
    }

    void importAtStart(@Observes @Priority(Migrations.PRIORITY + 40) StartupEvent event) {
        config.importFile().filter(file -> !file.isBlank()).ifPresent(file -> importFile(Path.of(file)));
    }

    /**
     * Imports a file if it is there. Never throws: a missing file or a failed import is logged as a warning (the
     * path and the reason; postal codes are no personal data).
     *
     * @return what the import did, or empty when nothing was imported
     */
    public Optional<PostalCodeImportSummary> importFile(Path file) {
        if (!Files.isRegularFile(file)) {
            LOG.warnf("No postal-code file at %s: the programme search knows only the postal codes imported before",
                    file.toAbsolutePath());
            return Optional.empty();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            PostalCodeImportSummary summary = service.importCsv(reader);
            LOG.infof("Imported postal codes from %s: %d rows read, %d imported (%d added or changed), "
                            + "%d duplicates, %d skipped", file.toAbsolutePath(), summary.rowsRead(), summary.imported(),
                    summary.written(), summary.duplicates(), summary.skipped());
            return Optional.of(summary);
        } catch (ProblemException e) {
            LOG.warnf("Postal-code file %s not imported: %s", file.toAbsolutePath(), e.problem().errors() == null
                    ? e.problem().detail() : e.problem().errors().getFirst().message());
        } catch (Exception e) {
            LOG.warnf("Postal-code file %s not imported: %s", file.toAbsolutePath(), Failures.describe(e));
        }
        return Optional.empty();
    }

    /**
     * Parses the CSV.
     *
     * @throws ProblemException (400, field {@code body}) when the input is empty or its header lacks a column
     */
    public static Parsed parse(Reader input) {
        try {
            return new Parser(input instanceof BufferedReader buffered ? buffered : new BufferedReader(input)).parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Parser {

        private final BufferedReader reader;
        private long line = 1;
        private boolean atEnd;

        Parser(BufferedReader reader) {
            this.reader = reader;
        }

        Parsed parse() throws IOException {
            List<String> header;
            try {
                header = record();
            } catch (UnterminatedQuote e) {
                throw ProblemException.invalidField("body", "the header line has a quoted field that is not closed");
            }
            if (header == null) {
                throw ProblemException.invalidField("body", "is empty: a CSV with a header line is required");
            }
            if (!header.isEmpty() && header.getFirst().startsWith("\uFEFF")) {
                header.set(0, header.getFirst().substring(1));
            }
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                index.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            List<String> missing = COLUMNS.stream().filter(column -> !index.containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw ProblemException.invalidField("body", "the header line lacks the column(s) "
                        + String.join(", ", missing) + " (GeoNames postal-code CSV: "
                        + "country_code,zipcode,place,state,state_code,province,province_code,community,"
                        + "community_code,latitude,longitude)");
            }
            int rowsRead = 0;
            int duplicates = 0;
            Map<PostalCodeEntry.Key, PostalCodeEntry> entries = new LinkedHashMap<>();
            List<SkippedRow> skipped = new ArrayList<>();
            while (true) {
                long start = line;
                List<String> fields;
                try {
                    fields = record();
                } catch (UnterminatedQuote e) {
                    rowsRead++;
                    skipped.add(new SkippedRow(start, "a quoted field is not closed"));
                    break;
                }
                if (fields == null) {
                    break;
                }
                if (fields.size() == 1 && fields.getFirst().isBlank()) {
                    continue;
                }
                rowsRead++;
                if (fields.size() != header.size()) {
                    skipped.add(new SkippedRow(start, "has " + fields.size() + " fields, the header " + header.size()));
                    continue;
                }
                Row row = new Row(fields, index);
                Optional<String> problem = row.problem();
                if (problem.isPresent()) {
                    skipped.add(new SkippedRow(start, problem.get()));
                    continue;
                }
                PostalCodeEntry entry = row.entry();
                if (entries.put(entry.key(), entry) != null) {
                    duplicates++;
                }
            }
            return new Parsed(rowsRead, List.copyOf(entries.values()), duplicates, List.copyOf(skipped));
        }

        /** The next record's fields, or null at the end of the input. */
        private List<String> record() throws IOException {
            if (atEnd) {
                return null;
            }
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            while (true) {
                int c = reader.read();
                if (c == -1) {
                    atEnd = true;
                    if (quoted) {
                        throw new UnterminatedQuote();
                    }
                    if (!any) {
                        return null;
                    }
                    fields.add(field.toString());
                    return fields;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next != -1) {
                                reader.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        reader.mark(1);
                        if (reader.read() != '\n') {
                            reader.reset();
                        }
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
            }
        }
    }

    /** The input ended inside a quoted field. */
    private static final class UnterminatedQuote extends RuntimeException {
        UnterminatedQuote() {
            super(null, null, false, false);
        }
    }

    private record Row(List<String> fields, Map<String, Integer> index) {

        String get(String column) {
            return fields.get(index.get(column)).strip();
        }

        Optional<String> problem() {
            if (!"CH".equalsIgnoreCase(get("country_code"))) {
                return Optional.of("country_code is not CH");
            }
            if (!get("zipcode").matches(PostalCodeEntry.ZIPCODE_PATTERN)) {
                return Optional.of("zipcode is not a Swiss postal code (4 digits)");
            }
            if (get("place").isEmpty()) {
                return Optional.of("place is empty");
            }
            if (get("place").length() > 100) {
                return Optional.of("place is longer than 100 characters");
            }
            if (!Cantons.isCanton(get("state_code").toUpperCase(Locale.ROOT))) {
                return Optional.of("state_code is not a canton abbreviation");
            }
            if (!get("community_code").matches("[0-9]{1,4}") || Integer.parseInt(get("community_code")) == 0) {
                return Optional.of("community_code is not a BFS municipality number (1 to 9999)");
            }
            if (get("latitude").isEmpty() || get("longitude").isEmpty()) {
                return Optional.of("no coordinates");
            }
            Double latitude = number(get("latitude"));
            Double longitude = number(get("longitude"));
            if (latitude == null || longitude == null) {
                return Optional.of("latitude or longitude is not a decimal number");
            }
            if (latitude < MIN_LATITUDE || latitude > MAX_LATITUDE || longitude < MIN_LONGITUDE
                    || longitude > MAX_LONGITUDE) {
                return Optional.of("coordinates lie outside Switzerland");
            }
            return Optional.empty();
        }

        PostalCodeEntry entry() {
            return new PostalCodeEntry(get("zipcode"), get("place"), Integer.parseInt(get("community_code")),
                    get("state_code").toUpperCase(Locale.ROOT), number(get("latitude")), number(get("longitude")));
        }

        private static Double number(String text) {
            if (!text.matches("-?[0-9]{1,3}(\\.[0-9]{1,10})?")) {
                return null;
            }
            return Double.valueOf(text);
        }
    }
}
