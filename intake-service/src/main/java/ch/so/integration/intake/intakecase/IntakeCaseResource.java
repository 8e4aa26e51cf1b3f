package ch.so.integration.intake.intakecase;

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

import ch.so.integration.intake.intakecase.api.IntakeCaseView;
import ch.so.integration.intake.intakecase.api.OpenIntakeCaseRequest;
import ch.so.integration.intake.intakecase.api.RecordStepRequest;
import ch.so.integration.intake.intakecase.api.WithdrawIntakeCaseRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/intake-cases")
@Tag(name = "Intake cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntakeCaseResource {

    private final IntakeCaseService service;

    IntakeCaseResource(IntakeCaseService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Open a person's intake case (DC-10; publishes IntakeCaseOpened)")
    @APIResponse(responseCode = "201", description = "Opened (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "The person has an open intake case; the problem names its id")
    public Response open(@NotNull(message = "a JSON body is required") @Valid OpenIntakeCaseRequest request,
                         @Parameter(description = "Makes retries safe: same key and body, same answer")
                         @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<IntakeCaseView> result = service.open(request, idempotencyKey);
        return result.created("intake-cases");
    }

    @POST
    @Path("/{id}/steps")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record the next intake step (DC-11); the case-management opening completes the case "
            + "and publishes IntakeCaseCompleted")
    @APIResponse(responseCode = "200", description = "Recorded; the case as it is now")
    @APIResponse(responseCode = "409", description = "rule-violation DC-11: out of order, repeated, dated before the "
            + "previous step, or the case is no longer open; `expectedStep` names the next step")
    public Response recordStep(@PathParam("id") UUID id,
                               @NotNull(message = "a JSON body is required") @Valid RecordStepRequest request,
                               @Parameter(description = "Makes retries safe: same key and body, same answer")
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<IntakeCaseView> result = service.recordStep(id, request, idempotencyKey);
        return result.ok();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Withdraw an open intake case (publishes IntakeCaseWithdrawn)")
    @APIResponse(responseCode = "200", description = "Withdrawn; the case as it is now")
    @APIResponse(responseCode = "409", description = "rule-violation DC-11: the case is no longer open")
    public Response withdraw(@PathParam("id") UUID id,
                             @NotNull(message = "a JSON body is required") @Valid WithdrawIntakeCaseRequest request,
                             @Parameter(description = "Makes retries safe: same key and body, same answer")
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<IntakeCaseView> result = service.withdraw(id, request, idempotencyKey);
        return result.ok();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "An intake case by id, with its steps")
    public IntakeCaseView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "A person's intake cases, newest first")
    public Page<IntakeCaseView> ofPerson(@QueryParam("personId") @NotNull(message = "is required") UUID personId,
                                         @Valid @BeanParam PageQuery page) {
        return service.ofPerson(personId, page);
    }
}
