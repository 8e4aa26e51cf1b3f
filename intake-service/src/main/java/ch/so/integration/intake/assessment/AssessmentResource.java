package ch.so.integration.intake.assessment;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.assessment.api.AssessmentView;
import ch.so.integration.intake.assessment.api.RecordAssessmentRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/assessments")
@Tag(name = "Assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService service;

    AssessmentResource(AssessmentService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record a completed assessment (DC-15): recommended setting, work areas and Pensum")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed for a repeated Idempotency-Key)")
    public Response record(@NotNull(message = "a JSON body is required") @Valid RecordAssessmentRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<AssessmentView> result = service.record(request, idempotencyKey);
        return result.created("assessments");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.DAY_CENTER_STAFF, Roles.ADMIN})
    @Operation(summary = "An assessment by id")
    public AssessmentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.DAY_CENTER_STAFF, Roles.ADMIN})
    @Operation(summary = "A person's assessments, newest first")
    public Page<AssessmentView> ofPerson(@QueryParam("personId") @NotNull(message = "is required") UUID personId,
                                         @Valid @BeanParam PageQuery page) {
        return service.ofPerson(personId, page);
    }
}
