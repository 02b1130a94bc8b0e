package dev.gantry.risk;

import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.contract.ProjectReplicaContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** risk-service keeps its own copy of projects and memberships from the real event stream, and authorises from it. */
@QuarkusTest
@QuarkusTestResource(value = GantryTestResources.class, restrictToAnnotatedClass = false)
class ProjectReplicaTest extends ProjectReplicaContract {

    @Override
    protected String projectPath() {
        return "/api/risks/projects/{id}";
    }
}
