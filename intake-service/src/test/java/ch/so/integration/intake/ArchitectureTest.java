package ch.so.integration.intake;

import org.junit.jupiter.api.Test;

import ch.so.integration.testing.ArchitectureRules;

class ArchitectureTest {

    @Test
    void intakeKeepsTheSuiteRules() {
        ArchitectureRules.check("intake", "ch.so.integration.intake");
    }
}
