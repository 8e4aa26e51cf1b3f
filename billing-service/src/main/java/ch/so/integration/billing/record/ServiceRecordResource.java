package ch.so.integration.billing.record;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import ch.so.integration.billing.record.api.ModuleHoursRequest;
import ch.so.integration.billing.record.api.ModuleHoursView;
import ch.so.integration.billing.record.api.MonthRecordsRequest;
import ch.so.integration.billing.record.api.MonthRecordsView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * Service records of a participation. A partner reaches only the participations its institution bills (another
 * institution's answer 404); a partner token without an institution is refused (403).
 */
@Path("/participations/{participationId}")
@Tag(name = "Service records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServiceRecordResource {

    private final ServiceRecordService records;
    private final ModuleHoursService moduleHours;

    ServiceRecordResource(ServiceRecordService records, ModuleHoursService moduleHours) {
        this.records = records;
        this.moduleHours = moduleHours;
    }

    @PUT
    @Path("/records/{month}")
    @RolesAllowed({Roles.PARTNER, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Submit a month's service records of an AMI participation (AM-07); replaces the month",
            description = "Days attended with hours (one entry per day, 0 < h <= 24), coaching sessions in minutes, "
                    + "at most one unforeseen abort or no-show at the start. Every date lies in the month and in the "
                    + "participation. The month's revision counts up when something changed; an identical "
                    + "resubmission keeps it. A month already invoiced may still change: the next run corrects it.")
    public MonthRecordsView submit(@PathParam("participationId") UUID participationId,
                                   @PathParam("month") YearMonth month,
                                   @NotNull(message = "a JSON body is required") @Valid MonthRecordsRequest request) {
        return records.submit(participationId, month, request);
    }

    @GET
    @Path("/records/{month}")
    @RolesAllowed({Roles.PARTNER, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A participation's recorded month, with the month's module hours per module (revision 0: none)")
    public MonthRecordsView month(@PathParam("participationId") UUID participationId,
                                  @PathParam("month") YearMonth month) {
        return records.month(participationId, month);
    }

    @POST
    @Path("/module-hours")
    @RolesAllowed({Roles.PARTNER, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Record pass(t)genau professional service hours in a booked module (PG-02, PG-05)",
            description = "Refused (409, rule PG-02) for a module not booked, a day outside the module's planned "
                    + "window, or hours beyond the module's limit (job securing: 30 h per calendar month).")
    @APIResponse(responseCode = "201", description = "Recorded (or replayed for a repeated Idempotency-Key)")
    public Response record(@PathParam("participationId") UUID participationId,
                           @NotNull(message = "a JSON body is required") @Valid ModuleHoursRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return moduleHours.record(participationId, request, idempotencyKey)
                .created("participations/" + participationId + "/module-hours");
    }

    @GET
    @Path("/module-hours")
    @RolesAllowed({Roles.PARTNER, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A participation's module hours by day, optionally of one month (month=YYYY-MM)")
    public Page<ModuleHoursView> moduleHours(@PathParam("participationId") UUID participationId,
                                             @QueryParam("month") YearMonth month, @Valid @BeanParam PageQuery page) {
        return moduleHours.page(participationId, month, page);
    }

    @DELETE
    @Path("/module-hours/{entryId}")
    @RolesAllowed({Roles.PARTNER, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Remove a wrong module-hours entry (its month's revision counts up)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("participationId") UUID participationId, @PathParam("entryId") UUID entryId) {
        moduleHours.remove(participationId, entryId);
    }
}
