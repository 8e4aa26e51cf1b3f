package ch.so.integration.daycenter.incident;

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

import ch.so.integration.daycenter.incident.api.CrisisInterventionRequest;
import ch.so.integration.daycenter.incident.api.GradeIncidentRequest;
import ch.so.integration.daycenter.incident.api.IncidentReceipt;
import ch.so.integration.daycenter.incident.api.IncidentView;
import ch.so.integration.daycenter.incident.api.RecordIncidentRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * DC-17 incidents. Staff record them (and get only a receipt); only the day-center lead and the case manager
 * (caseworker), and admin for operations, read, grade them and log crisis interventions.
 */
@Path("/incidents")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IncidentResource {

    private final IncidentService service;

    IncidentResource(IncidentService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record boundary-violating behaviour with the recording grid (DC-17); answers a receipt")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed for a repeated Idempotency-Key)")
    public Response record(@NotNull(message = "a JSON body is required") @Valid RecordIncidentRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<IncidentReceipt> result = service.record(request, idempotencyKey);
        return result.created("incidents");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "An incident with its gradings and crisis interventions (DC-17)")
    public IncidentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Incidents, newest first; of one placement when placementId is given (DC-17)")
    public Page<IncidentView> list(@QueryParam("placementId") UUID placementId, @Valid @BeanParam PageQuery page) {
        return service.list(placementId, page);
    }

    @POST
    @Path("/{id}/grading")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Grade (or regrade) with the classification grid: type and severity level 1-4 (DC-17)")
    @APIResponse(responseCode = "200", description = "Graded; the incident as it is now")
    @APIResponse(responseCode = "409", description = "rule-violation DC-17, e.g. level 4 without the decision "
            + "whether the authorities are notified")
    public IncidentView grade(@PathParam("id") UUID id,
                              @NotNull(message = "a JSON body is required") @Valid GradeIncidentRequest request) {
        return service.grade(id, request);
    }

    @POST
    @Path("/{id}/crisis-interventions")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Log a crisis intervention for the incident (DC-17)")
    @APIResponse(responseCode = "200", description = "Logged; the incident as it is now")
    public IncidentView logCrisisIntervention(@PathParam("id") UUID id,
                                              @NotNull(message = "a JSON body is required")
                                              @Valid CrisisInterventionRequest request) {
        return service.logCrisisIntervention(id, request);
    }
}
