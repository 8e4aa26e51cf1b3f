package ch.so.integration.intake.programme;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Where the postal-code coordinates come from ({@code intake.postal-codes.*}). */
@ConfigMapping(prefix = "intake.postal-codes")
public interface PostalCodeConfig {

    /**
     * A GeoNames postal-code CSV to import at start, when the file exists (production: {@code POSTAL_CODES_FILE}).
     * Unset: nothing is imported at start; {@code POST /api/intake/postal-codes/import} imports on demand.
     */
    Optional<String> importFile();
}
