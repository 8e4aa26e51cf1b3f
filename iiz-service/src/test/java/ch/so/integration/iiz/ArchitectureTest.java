package ch.so.integration.iiz;

import org.junit.jupiter.api.Test;

import ch.so.integration.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void iizKeepsTheSuiteRules() {
        ArchitectureRules.check("iiz", "ch.so.integration.iiz");
    }
}
