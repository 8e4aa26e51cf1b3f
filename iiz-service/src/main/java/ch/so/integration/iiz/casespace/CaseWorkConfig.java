package ch.so.integration.iiz.casespace;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the case work (IZ-04, IZ-06 to IZ-09). */
@ConfigMapping(prefix = "iiz-casework")
public interface CaseWorkConfig {

    /** IZ-06: the largest document the case space accepts, in bytes (the platform refuses bodies over 10 MB). */
    @WithDefault("5242880")
    int maxDocumentBytes();
}
