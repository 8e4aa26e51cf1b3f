package ch.so.integration.iiz.powerofattorney;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.iiz.powerofattorney.api.PowerOfAttorneyView;
import ch.so.integration.iiz.powerofattorney.api.RecordPowerOfAttorneyRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;

/** IZ-01: a case's Vollmacht. The coordinator records and revokes; team members with access read. */
@Path("/cases/{caseId}/powers-of-attorney")
@Tag(name = "iiz power of attorney")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PowerOfAttorneyResource {

    private final PowerOfAttorneyService service;

    PowerOfAttorneyResource(PowerOfAttorneyService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-01: record the signed Vollmacht (date, institutions, validity, scan reference)")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed for a repeated Idempotency-Key)")
    public Response record(@PathParam("caseId") UUID caseId,
                           @NotNull(message = "a JSON body is required") RecordPowerOfAttorneyRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.record(caseId, request, idempotencyKey)
                .created("cases/" + caseId + "/powers-of-attorney");
    }

    @GET
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A case's Vollmachten, newest first, with their state today")
    public List<PowerOfAttorneyView> ofCase(@PathParam("caseId") UUID caseId) {
        return service.ofCase(caseId);
    }

    @POST
    @Path("/{id}/revocation")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-01: the client revoked the Vollmacht; access ends at once")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-01: it already ended")
    public PowerOfAttorneyView revoke(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return service.revoke(caseId, id);
    }
}
