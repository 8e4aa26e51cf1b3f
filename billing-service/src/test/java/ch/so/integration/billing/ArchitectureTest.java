package ch.so.integration.billing;

import org.junit.jupiter.api.Test;

import ch.so.integration.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void billingKeepsTheSuiteRules() {
        ArchitectureRules.check("billing", "ch.so.integration.billing");
    }
}
