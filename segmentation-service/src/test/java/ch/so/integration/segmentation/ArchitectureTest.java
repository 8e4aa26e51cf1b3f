package ch.so.integration.segmentation;

import org.junit.jupiter.api.Test;

import ch.so.integration.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void segmentationKeepsTheSuiteRules() {
        ArchitectureRules.check("segmentation", "ch.so.integration.segmentation");
    }
}
