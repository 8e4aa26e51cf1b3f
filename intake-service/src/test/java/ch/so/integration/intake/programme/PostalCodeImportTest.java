package ch.so.integration.intake.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;

class PostalCodeImportTest {

    static final String HEADER =
            "country_code,zipcode,place,state,state_code,province,province_code,community,community_code,latitude,longitude";

    private static PostalCodeImport.Parsed parse(String csv) {
        return PostalCodeImport.parse(new StringReader(csv));
    }

    @Test
    @DisplayName("AM-04 reads the GeoNames rows: zip code, place, canton, BFS municipality number, coordinates")
    void readsRows() {
        PostalCodeImport.Parsed parsed = parse(HEADER + "\n"
                + "CH,4500,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295\n"
                + "CH,4600,Olten,Kanton Solothurn,SO,Bezirk Olten,1108,Olten,2581,47.3458,7.9009\n");

        assertThat(parsed.rowsRead()).isEqualTo(2);
        assertThat(parsed.skipped()).isEmpty();
        assertThat(parsed.entries()).containsExactly(
                new PostalCodeEntry("4500", "Solothurn", 2601, "SO", 47.2062, 7.5295),
                new PostalCodeEntry("4600", "Olten", 2581, "SO", 47.3458, 7.9009));
    }

    @Test
    @DisplayName("quoted fields: commas, doubled quotes and line breaks inside quotes; CRLF line ends; a byte-order mark")
    void quotedFields() {
        PostalCodeImport.Parsed parsed = parse("\uFEFF" + HEADER + "\r\n"
                + "CH,1950,\"Sion, Sitten\",\"Canton du Valais\",VS,\"Sion\",2306,Sion,6266,46.2311,7.3589\r\n"
                + "\"CH\",\"3920\",\"Zermatt \"\"Matterhorn\"\"\",Valais,\"VS\",\"Visp\nVisp\",2309,Zermatt,6300,\"46.0207\",\"7.7491\"\r\n"
                + "CH,4500,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295");

        assertThat(parsed.skipped()).isEmpty();
        assertThat(parsed.entries()).extracting(PostalCodeEntry::place)
                .containsExactly("Sion, Sitten", "Zermatt \"Matterhorn\"", "Solothurn");
        assertThat(parsed.entries().get(1).latitude()).isEqualTo(46.0207);
    }

    @Test
    @DisplayName("bad rows are skipped with their line and reason; the good ones are kept")
    void badRowsSkipped() {
        PostalCodeImport.Parsed parsed = parse(HEADER + "\n"
                + "CH,4500,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295\n"
                + "CH,4502,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,,\n"
                + "CH,4503,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2\n"
                + "DE,79539,Lörrach,Baden-Württemberg,BW,Freiburg,083,Lörrach,08336050,47.6156,7.6614\n"
                + "CH,450,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295\n"
                + "CH,4504,,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295\n"
                + "CH,4505,Solothurn,Kanton Solothurn,XX,Bezirk Solothurn,1109,Solothurn,2601,47.2062,7.5295\n"
                + "CH,4506,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,,47.2062,7.5295\n"
                + "CH,4507,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,47,2062,7.5295\n"
                + "CH,4508,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,north,7.5295\n"
                + "CH,4509,Solothurn,Kanton Solothurn,SO,Bezirk Solothurn,1109,Solothurn,2601,7.5295,47.2062\n"
                + "\n"
                + "CH,4600,Olten,Kanton Solothurn,SO,Bezirk Olten,1108,Olten,2581,47.3458,7.9009\n"
                + "CH,4601,\"Olten 1,2581,47.3458,7.9009\n");

        assertThat(parsed.entries()).extracting(PostalCodeEntry::zipcode).containsExactly("4500", "4600");
        assertThat(parsed.rowsRead()).as("the blank line is no row").isEqualTo(13);
        assertThat(parsed.skipped()).containsExactly(
                new PostalCodeImport.SkippedRow(3, "no coordinates"),
                new PostalCodeImport.SkippedRow(4, "has 10 fields, the header 11"),
                new PostalCodeImport.SkippedRow(5, "country_code is not CH"),
                new PostalCodeImport.SkippedRow(6, "zipcode is not a Swiss postal code (4 digits)"),
                new PostalCodeImport.SkippedRow(7, "place is empty"),
                new PostalCodeImport.SkippedRow(8, "state_code is not a canton abbreviation"),
                new PostalCodeImport.SkippedRow(9, "community_code is not a BFS municipality number (1 to 9999)"),
                new PostalCodeImport.SkippedRow(10, "has 12 fields, the header 11"),
                new PostalCodeImport.SkippedRow(11, "latitude or longitude is not a decimal number"),
                new PostalCodeImport.SkippedRow(12, "coordinates lie outside Switzerland"),
                new PostalCodeImport.SkippedRow(15, "a quoted field is not closed"));
    }

    @Test
    @DisplayName("a row repeating zip code, place and municipality is one entry; another municipality is another entry")
    void duplicates() {
        PostalCodeImport.Parsed parsed = parse(HEADER + "\n"
                + "CH,3011,Bern,Canton de Berne,BE,Bern-Mittelland District,246,Bern,351,46.9477,7.4458\n"
                + "CH,3011,Bern,Canton de Berne,BE,Bern-Mittelland District,246,Bern,351,46.9477,7.4458\n"
                + "CH,3421,Lyssach,Canton de Berne,BE,Emmental District,245,Lyssach,415,47.0633,7.5812\n"
                + "CH,3421,Lyssach,Canton de Berne,BE,Emmental District,245,Oberburg,418,47.0633,7.5812\n");

        assertThat(parsed.rowsRead()).isEqualTo(4);
        assertThat(parsed.duplicates()).isEqualTo(1);
        assertThat(parsed.entries()).extracting(PostalCodeEntry::key).containsExactly(
                new PostalCodeEntry.Key("3011", "Bern", 351),
                new PostalCodeEntry.Key("3421", "Lyssach", 415),
                new PostalCodeEntry.Key("3421", "Lyssach", 418));
    }

    @Test
    @DisplayName("columns are found by their header names, in any order")
    void columnOrder() {
        PostalCodeImport.Parsed parsed = parse("latitude,longitude,zipcode,place,state_code,community_code,country_code\n"
                + "47.2062,7.5295,4500,Solothurn,SO,2601,CH\n");
        assertThat(parsed.entries()).containsExactly(new PostalCodeEntry("4500", "Solothurn", 2601, "SO", 47.2062, 7.5295));
    }

    @Test
    @DisplayName("an empty input or a header without the needed columns refuses the whole file, naming the body")
    void refusedFiles() {
        assertThatThrownBy(() -> parse("")).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("body");
                assertThat(error.message()).contains("empty");
            });
        });
        assertThatThrownBy(() -> parse("zip,name,lat,lon\n4500,Solothurn,47.2,7.5\n"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.problem().errors().getFirst().message())
                        .contains("country_code, zipcode, place, state_code, community_code, latitude, longitude"));
        assertThat(parse(HEADER + "\n").rowsRead()).isZero();
    }
}
