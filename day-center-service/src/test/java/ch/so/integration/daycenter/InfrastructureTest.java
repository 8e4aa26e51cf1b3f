package ch.so.integration.daycenter;

import ch.so.integration.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@DayCenterTestResource
class InfrastructureTest extends ServiceContractTest {

    @Override
    protected String apiRoot() {
        return "/api/day-center";
    }
}
