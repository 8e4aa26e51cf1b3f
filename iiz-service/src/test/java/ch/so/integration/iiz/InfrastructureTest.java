package ch.so.integration.iiz;

import ch.so.integration.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@IizTestResource
class InfrastructureTest extends ServiceContractTest {

    @Override
    protected String apiRoot() {
        return "/api/iiz";
    }
}
