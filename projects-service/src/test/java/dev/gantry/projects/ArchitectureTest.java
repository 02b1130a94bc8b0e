package dev.gantry.projects;

import dev.gantry.testing.ArchitectureRules;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void followsGantrysArchitectureRules() {
        ArchitectureRules.check("dev.gantry.projects");
    }
}
