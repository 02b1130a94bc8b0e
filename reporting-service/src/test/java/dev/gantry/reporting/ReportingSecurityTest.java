package dev.gantry.reporting;

import dev.gantry.testing.contract.ServiceSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of reporting-service is documented and needs a token; none is public. */
@QuarkusTest
class ReportingSecurityTest extends ServiceSecurityContract {

    @Override
    protected String servicePackage() {
        return "dev.gantry.reporting";
    }

    @Override
    protected String apiRoot() {
        return "/api/reports";
    }
}
