package ch.so.integration.daycenter;

import org.junit.jupiter.api.Test;

import ch.so.integration.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void dayCenterKeepsTheSuiteRules() {
        ArchitectureRules.check("daycenter", "ch.so.integration.daycenter");
    }
}
