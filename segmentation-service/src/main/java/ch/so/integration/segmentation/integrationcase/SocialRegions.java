package ch.so.integration.segmentation.integrationcase;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The social regions a case may belong to: a configured code list ({@code segmentation.social-regions.names},
 * comma-separated; env {@code SEGMENTATION_SOCIAL_REGIONS_NAMES}). The default is the list of the canton of Solothurn's social
 * regions as the team knows it; the seeds name only the pilot regions Untergäu and Oberer Leberberg, so the canton
 * should confirm the list before production. A case's region and the due-list filter must be one of them (400
 * otherwise): free text would split one region into several spellings and leave cases out of the due lists and the
 * controlling.
 */
@ConfigMapping(prefix = "segmentation.social-regions")
public interface SocialRegions {

    @WithDefault("Oberer Leberberg,Mittlerer und Unterer Leberberg,Solothurn,Biberist-Bucheggberg-Lohn-Ammannsegg,"
            + "Wasseramt Süd,Zuchwil-Luterbach,Äusseres Wasseramt,Thal-Gäu,Untergäu,Olten,Niederamt,Dorneck,"
            + "Thierstein")
    List<String> names();

    /**
     * The configured spelling of {@code given} (compared ignoring case and surrounding blanks), or empty when it is
     * not a configured region.
     */
    static Optional<String> canonical(List<String> names, String given) {
        if (given == null || given.isBlank()) {
            return Optional.empty();
        }
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        return names.stream().map(String::strip).filter(n -> n.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
