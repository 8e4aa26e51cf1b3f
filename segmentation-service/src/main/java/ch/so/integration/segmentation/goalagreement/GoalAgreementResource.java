package ch.so.integration.segmentation.goalagreement;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.segmentation.goalagreement.api.CreateGoalAgreementRequest;
import ch.so.integration.segmentation.goalagreement.api.GoalAgreementView;
import ch.so.integration.segmentation.goalagreement.api.SignGoalAgreementRequest;

@Path("/goal-agreements")
@Tag(name = "Goal agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalAgreementResource {

    private static final String PDF = "application/pdf";

    private final GoalAgreementService service;

    GoalAgreementResource(GoalAgreementService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Write a goal agreement for the case's current period (SG-06, SG-09)")
    @APIResponse(responseCode = "201", description = "Written (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "rule-violation SG-06: the case is not segmented, or the date "
            + "lies before the current period")
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateGoalAgreementRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.create(request, idempotencyKey).created("goal-agreements");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A goal agreement with its goals")
    public GoalAgreementView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A case's goal agreements, newest first")
    public Page<GoalAgreementView> ofCase(@QueryParam("caseId") @NotNull(message = "is required") UUID caseId,
                                          @Valid @BeanParam PageQuery page) {
        return service.ofCase(caseId, page);
    }

    @GET
    @Path("/{id}/document")
    @Produces(PDF)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The goal agreement from the template as PDF, to print and sign (SG-06)")
    public Response document(@PathParam("id") UUID id) {
        return Response.ok(service.document(id), PDF)
                .header("Content-Disposition", "inline; filename=\"zielvereinbarung-" + id + ".pdf\"").build();
    }

    @POST
    @Path("/{id}/signature")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record that the person signed the goal agreement (SG-06)")
    public Response sign(@PathParam("id") UUID id,
                         @NotNull(message = "a JSON body is required") @Valid SignGoalAgreementRequest request,
                         @Parameter(description = "Makes retries safe: same key and body, same answer")
                         @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.sign(id, request, idempotencyKey).ok();
    }

    @PUT
    @Path("/{id}/scan")
    @Consumes(PDF)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "File the signed scan (PDF) with the filing plan's document type (SG-06)")
    @APIResponse(responseCode = "409", description = "rule-violation SG-06: not signed yet")
    public GoalAgreementView fileScan(@PathParam("id") UUID id, byte[] pdf) {
        return service.fileScan(id, pdf);
    }

    @GET
    @Path("/{id}/scan")
    @Produces(PDF)
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The filed signed scan")
    public Response scan(@PathParam("id") UUID id) {
        return Response.ok(service.scan(id), PDF).build();
    }
}
