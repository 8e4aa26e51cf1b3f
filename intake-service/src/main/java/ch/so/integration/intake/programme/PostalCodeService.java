package ch.so.integration.intake.programme;

import java.io.Reader;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.programme.api.PostalCodeImportSummary;
import ch.so.integration.intake.programme.api.PostalCodeView;
import ch.so.integration.platform.web.ProblemException;

/** Imports and shows postal-code coordinates (Postal code data © GeoNames, CC BY 4.0). */
@ApplicationScoped
public class PostalCodeService {

    private final PostalCodes postalCodes;
    private final Clock clock;

    PostalCodeService(PostalCodes postalCodes, Clock clock) {
        this.postalCodes = postalCodes;
        this.clock = clock;
    }

    /**
     * Parses a GeoNames postal-code CSV ({@link PostalCodeImport#parse}) and upserts its entries in one transaction:
     * new entries are added, changed ones updated, and importing the same file again writes nothing. Postal codes
     * missing from the file are kept.
     */
    @Transactional
    public PostalCodeImportSummary importCsv(Reader csv) {
        PostalCodeImport.Parsed parsed = PostalCodeImport.parse(csv);
        int written = postalCodes.upsert(parsed.entries(), clock.instant());
        return PostalCodeImportSummary.of(parsed, written);
    }

    @Transactional
    public PostalCodeView get(String zipcode) {
        var entries = postalCodes.byZipcode(zipcode);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("postal code", zipcode);
        }
        return PostalCodeView.of(zipcode, entries);
    }
}
