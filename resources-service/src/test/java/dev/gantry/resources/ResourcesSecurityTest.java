package dev.gantry.resources;

import dev.gantry.testing.contract.ServiceSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of resources-service is documented and needs a token; none is public. */
@QuarkusTest
class ResourcesSecurityTest extends ServiceSecurityContract {

    @Override
    protected String servicePackage() {
        return "dev.gantry.resources";
    }

    @Override
    protected String apiRoot() {
        return "/api/resources";
    }
}
