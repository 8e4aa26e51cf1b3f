package ch.so.integration.intake.programme.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ch.so.integration.intake.programme.PostalCodeImport;

/** What an import of the postal-code CSV did. */
public record PostalCodeImportSummary(
        @Schema(description = "Data rows read (without the header and blank lines)") int rowsRead,
        @Schema(description = "Distinct postal-code places in the file (zip code, place, municipality)") int imported,
        @Schema(description = "Of these, the ones added or changed; 0 when the same file is imported again") int written,
        @Schema(description = "Rows repeating an earlier row's zip code, place and municipality") int duplicates,
        @Schema(description = "Rows left out") int skipped,
        @Schema(description = "The first " + PostalCodeImportSummary.MAX_SKIPPED_SHOWN + " rows left out, with their line and reason")
        List<SkippedRow> skippedRows) {

    public static final int MAX_SKIPPED_SHOWN = 50;

    public record SkippedRow(long line, String reason) {
    }

    public static PostalCodeImportSummary of(PostalCodeImport.Parsed parsed, int written) {
        return new PostalCodeImportSummary(parsed.rowsRead(), parsed.entries().size(), written, parsed.duplicates(),
                parsed.skipped().size(), parsed.skipped().stream().limit(MAX_SKIPPED_SHOWN)
                .map(s -> new SkippedRow(s.line(), s.reason())).toList());
    }
}
