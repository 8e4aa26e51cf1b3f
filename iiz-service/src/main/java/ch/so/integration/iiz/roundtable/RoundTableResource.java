package ch.so.integration.iiz.roundtable;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.documents.ICalendar;
import ch.so.integration.iiz.roundtable.api.MinutesRequest;
import ch.so.integration.iiz.roundtable.api.RoundTableView;
import ch.so.integration.iiz.roundtable.api.ScheduleRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** IZ-07 round tables of a case; for the case's members only (404 outside the team, 403 IZ-01). */
@Path("/cases")
@Tag(name = "Round table")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
public class RoundTableResource {

    private final RoundTableService service;

    RoundTableResource(RoundTableService service) {
        this.service = service;
    }

    @POST
    @Path("/{caseId}/round-tables")
    @Operation(summary = "Schedule a round table: 30-minute pre-meeting of the professionals, then about one hour "
            + "with the client (IZ-07; coordinator)")
    @APIResponse(responseCode = "201", description = "Scheduled (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-07: the professionals or the client not invited")
    public Response schedule(@PathParam("caseId") UUID caseId,
                             @NotNull(message = "a JSON body is required") @Valid ScheduleRequest request,
                             @Parameter(description = "Makes retries safe: same key and body, same answer")
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.schedule(caseId, request, idempotencyKey).created("cases/" + caseId + "/round-tables");
    }

    @GET
    @Path("/{caseId}/round-tables")
    @Operation(summary = "The case's round tables, newest first (IZ-07)")
    public Page<RoundTableView> list(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.list(caseId, page);
    }

    @GET
    @Path("/{caseId}/round-tables/{id}")
    @Operation(summary = "A round table (IZ-07)")
    public RoundTableView get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return service.get(caseId, id);
    }

    @GET
    @Path("/{caseId}/round-tables/{id}/invitation")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "The invitation as iCalendar (RFC 5545): pre-meeting and session, Europe/Zurich (IZ-07)")
    public Response invitation(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return Response.ok(service.invitation(caseId, id), ICalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"runder-tisch-" + id + ".ics\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{caseId}/round-tables/{id}/minutes")
    @Operation(summary = "Record the minutes once the session has begun (IZ-07; coordinator)")
    public RoundTableView minutes(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
                                  @NotNull(message = "a JSON body is required") @Valid MinutesRequest request) {
        return service.recordMinutes(caseId, id, request);
    }

    @POST
    @Path("/{caseId}/round-tables/{id}/cancellation")
    @Operation(summary = "Cancel a scheduled round table (IZ-07; coordinator)")
    public RoundTableView cancel(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return service.cancel(caseId, id);
    }
}
