package ch.so.integration.intake;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A test-only endpoint that forgot its role annotation: the platform must deny it. */
@Path("/test-unannotated")
public class UnannotatedProbeResource {

    @GET
    public String forgotten() {
        return "must never be served";
    }
}
