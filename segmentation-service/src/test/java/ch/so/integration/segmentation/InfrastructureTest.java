package ch.so.integration.segmentation;

import ch.so.integration.testing.ServiceContractTest;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@SegmentationTestResource
class InfrastructureTest extends ServiceContractTest {

    @Override
    protected String apiRoot() {
        return "/api/segmentation";
    }
}
