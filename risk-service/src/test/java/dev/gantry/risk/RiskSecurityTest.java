package dev.gantry.risk;

import dev.gantry.testing.contract.ServiceSecurityContract;
import io.quarkus.test.junit.QuarkusTest;

/** Every operation of risk-service is documented and needs a token; none is public. */
@QuarkusTest
class RiskSecurityTest extends ServiceSecurityContract {

    @Override
    protected String servicePackage() {
        return "dev.gantry.risk";
    }

    @Override
    protected String apiRoot() {
        return "/api/risks";
    }
}
