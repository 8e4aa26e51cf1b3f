package ch.so.integration.iiz.iizcase;

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

import ch.so.integration.iiz.iizcase.api.CaseManagerAccessView;
import ch.so.integration.iiz.iizcase.api.CloseCaseRequest;
import ch.so.integration.iiz.iizcase.api.DecisionRequest;
import ch.so.integration.iiz.iizcase.api.DeletionLogView;
import ch.so.integration.iiz.iizcase.api.IizCaseView;
import ch.so.integration.iiz.iizcase.api.NotificationView;
import ch.so.integration.iiz.iizcase.api.RegisterCaseRequest;
import ch.so.integration.iiz.iizcase.api.TeamRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * iiz cases. The iiz office's coordination persons and the cantonal iiz specialists act with role
 * {@code iiz-coordinator}; partners with role {@code partner} and their institution claim; the social office's case
 * manager with role {@code caseworker}. Every case-scoped operation passes the object-level check (IZ-01, IZ-06).
 */
@Path("/cases")
@Tag(name = "iiz cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IizCaseResource {

    private final IizCaseService service;

    IizCaseResource(IizCaseService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.ADMIN})
    @Operation(summary = "Register a person in the iiz network: 1a via the iiz specialists (IZ-02) or 1b by a "
            + "partner institution (IZ-03); publishes IizCaseRegistered")
    @APIResponse(responseCode = "201", description = "Registered (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "403", description = "IZ-02: a partner cannot register path 1a")
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegisterCaseRequest request,
                             @Parameter(description = "Makes retries safe: same key and body, same answer")
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.register(request, idempotencyKey).created("cases");
    }

    @GET
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The cases the caller may see (IZ-01, IZ-03, IZ-06), newest first")
    public Page<IizCaseView> list(@QueryParam("status") CaseStatus status, @Valid @BeanParam PageQuery page) {
        return service.list(status, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A case, with team and checklist")
    @APIResponse(responseCode = "403", description = "IZ-01: no valid Vollmacht covers the caller's institution")
    @APIResponse(responseCode = "404", description = "Unknown, or not the caller's case")
    public IizCaseView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/forwarding")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-02: the iiz specialists forward a 1a registration to the network")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-02: not 1a, or already forwarded")
    public IizCaseView forward(@PathParam("id") UUID id) {
        return service.forward(id);
    }

    @PUT
    @Path("/{id}/team")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-03: assemble (or re-compose) the case team; the caller leads the case")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-03 (two specialists of one institution, "
            + "registering institution missing) or IZ-02 (1a not yet forwarded)")
    public IizCaseView assembleTeam(@PathParam("id") UUID id,
                                    @NotNull(message = "a JSON body is required") @Valid TeamRequest request) {
        return service.assembleTeam(id, request);
    }

    @POST
    @Path("/{id}/case-manager-access/request")
    @RolesAllowed({Roles.CASEWORKER})
    @Operation(summary = "IZ-06: the social office's case manager asks for access to the case space")
    @APIResponse(responseCode = "404", description = "Unknown, or the caller is not the case's case manager")
    public CaseManagerAccessView requestAccess(@PathParam("id") UUID id) {
        return service.requestCaseManagerAccess(id);
    }

    @POST
    @Path("/{id}/case-manager-access/grant")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-06: the coordinator grants the case manager's request")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-06: no request")
    public IizCaseView grantAccess(@PathParam("id") UUID id) {
        return service.grantCaseManagerAccess(id);
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-05: the case team's decision: round table, or recommendation with case closure "
            + "(publishes IizCaseDecided)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-05: no team yet, or already decided")
    public IizCaseView decide(@PathParam("id") UUID id,
                              @NotNull(message = "a JSON body is required") @Valid DecisionRequest request) {
        return service.decide(id, request);
    }

    @POST
    @Path("/{id}/closure-announcement")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-10: inform the social office before the closure, once (notification record for its case "
            + "manager; publishes IizCaseClosureAnnounced)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-10: already announced")
    public IizCaseView announceClosure(@PathParam("id") UUID id) {
        return service.announceClosure(id);
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-10: close the case: the Vollmacht lapses, every document the institutions provided is "
            + "deleted for good, the deletion log keeps ids and hashes (publishes IizCaseClosed)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-10: the social office was not informed")
    public IizCaseView close(@PathParam("id") UUID id,
                             @NotNull(message = "a JSON body is required") @Valid CloseCaseRequest request) {
        return service.close(id, request);
    }

    @GET
    @Path("/{id}/deletion-log")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-10: what the closure deleted (kind, id, SHA-256), when and by whom")
    public Page<DeletionLogView> deletionLog(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.deletionLog(id, page);
    }

    @GET
    @Path("/{id}/notifications")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "IZ-04, IZ-10: the notifications to the case's social office (closure announced, situation "
            + "report issued), newest first; for its case manager (granted access) and the iiz office")
    @APIResponse(responseCode = "404", description = "Unknown, or not the caller's case")
    public Page<NotificationView> notifications(@PathParam("id") UUID id, @Valid @BeanParam PageQuery page) {
        return service.notifications(id, page);
    }

    @GET
    @Path("/{id}/lapse-letter")
    @Produces("application/pdf")
    @RolesAllowed({Roles.IIZ_COORDINATOR, Roles.ADMIN})
    @Operation(summary = "IZ-10: the letter to the client that the Vollmacht lapsed (PDF)")
    @APIResponse(responseCode = "409", description = "The case is not closed")
    public Response lapseLetter(@PathParam("id") UUID id) {
        return Response.ok(service.lapseLetter(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"iiz-vollmacht-erloschen-" + id + ".pdf\"")
                .build();
    }
}
