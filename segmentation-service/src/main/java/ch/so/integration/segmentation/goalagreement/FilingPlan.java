package ch.so.integration.segmentation.goalagreement;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The filing plan (Registraturplan): the document type each document of the process is filed under in Klib.net
 * ({@code segmentation.filing-plan.*}).
 */
@ConfigMapping(prefix = "segmentation.filing-plan")
public interface FilingPlan {

    /** SG-06: the signed goal agreement's scan. */
    @WithDefault("ZIELVEREINBARUNG")
    String goalAgreement();

    /** SG-07: the file note of a review decision. */
    @WithDefault("AKTENNOTIZ_STANDORTBESTIMMUNG")
    String fileNote();
}
