package ch.so.integration.billing;

import ch.so.integration.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@BillingTestResource
class InfrastructureTest extends ServiceContractTest {

    @Override
    protected String apiRoot() {
        return "/api/billing";
    }
}
