package ch.so.integration.iiz.plan;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.iiz.plan.api.PlanRequest;
import ch.so.integration.iiz.plan.api.PlanView;
import ch.so.integration.iiz.plan.api.ReviewRequest;
import ch.so.integration.iiz.plan.api.SignatureRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** IZ-08 integration plan of a case; for the case's members only (404 outside the team, 403 IZ-01). */
@Path("/cases")
@Tag(name = "Integration plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
public class IntegrationPlanResource {

    private final IntegrationPlanService service;

    IntegrationPlanResource(IntegrationPlanService service) {
        this.service = service;
    }

    @POST
    @Path("/{caseId}/plan/versions")
    @Operation(summary = "Draft a new version of the plan: the first, or a change after signing (IZ-08; coordinator)")
    @APIResponse(responseCode = "201", description = "Drafted (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-08: a draft exists; revise it; IZ-05: no "
            + "round-table decision")
    public Response draft(@PathParam("caseId") UUID caseId,
                          @NotNull(message = "a JSON body is required") @Valid PlanRequest request,
                          @Parameter(description = "Makes retries safe: same key and body, same answer")
                          @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        // the stored resource id is the plan's id (the closure forgets it, IZ-10); the Location names the version
        Idempotency.Result<PlanView> drafted = service.draft(caseId, request, idempotencyKey);
        return new Idempotency.Result<>(String.valueOf(drafted.body().version()), drafted.body(), drafted.replayed())
                .created("cases/" + caseId + "/plan/versions");
    }

    @PUT
    @Path("/{caseId}/plan/draft")
    @Operation(summary = "Revise the draft's measures; earlier reviews no longer count (IZ-08; coordinator)")
    public PlanView revise(@PathParam("caseId") UUID caseId,
                           @NotNull(message = "a JSON body is required") @Valid PlanRequest request) {
        return service.revise(caseId, request);
    }

    @POST
    @Path("/{caseId}/plan/draft/reviews")
    @Operation(summary = "A team member approves the draft or comments on it (IZ-08)")
    public PlanView review(@PathParam("caseId") UUID caseId,
                           @NotNull(message = "a JSON body is required") @Valid ReviewRequest request) {
        return service.review(caseId, request);
    }

    @POST
    @Path("/{caseId}/plan/draft/signature")
    @Operation(summary = "Coordinator and client sign the reviewed draft at the kickoff; it comes into force "
            + "(IZ-08; coordinator; publishes IntegrationPlanSigned)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-08: not reviewed, open comments, deadlines before the kickoff")
    public PlanView sign(@PathParam("caseId") UUID caseId,
                         @NotNull(message = "a JSON body is required") @Valid SignatureRequest request) {
        return service.sign(caseId, request);
    }

    @GET
    @Path("/{caseId}/plan")
    @Operation(summary = "The plan's latest version: the draft, or the signed plan in force (IZ-08)")
    public PlanView current(@PathParam("caseId") UUID caseId) {
        return service.current(caseId);
    }

    @GET
    @Path("/{caseId}/plan/versions")
    @Operation(summary = "Every version of the plan, newest first; old versions are kept (IZ-08)")
    public Page<PlanView> versions(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.versions(caseId, page);
    }

    @GET
    @Path("/{caseId}/plan/versions/{version}")
    @Operation(summary = "One version of the plan (IZ-08)")
    public PlanView version(@PathParam("caseId") UUID caseId, @PathParam("version") int version) {
        return service.version(caseId, version);
    }

    @GET
    @Path("/{caseId}/plan/versions/{version}/document")
    @Produces("application/pdf")
    @Operation(summary = "One version of the plan as a PDF: to print and sign at the kickoff, or as signed (IZ-08)")
    public Response document(@PathParam("caseId") UUID caseId, @PathParam("version") int version) {
        return Response.ok(service.document(caseId, version), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"integrationsplan-" + caseId + "-v" + version + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
