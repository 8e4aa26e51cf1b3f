package ch.so.integration.billing.participation;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.billing.participation.api.ParticipationView;
import ch.so.integration.billing.participation.api.ScheduleRequest;
import ch.so.integration.billing.participation.api.WaiverApplicationRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * Billing's participations (intake's placements as billing sees them). Billing and admin see all; a partner only
 * the participations its creditor bills (by the token's institution).
 */
@Path("/participations")
@Tag(name = "Participations")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipationResource {

    private final ParticipationService service;

    ParticipationResource(ParticipationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "Participations by participant name; filter by creditor and by a month they ran in (yyyy-MM)")
    public Page<ParticipationView> list(@QueryParam("creditorId") UUID creditorId,
                                        @QueryParam("month") YearMonth month,
                                        @Valid @BeanParam PageQuery page) {
        return service.list(creditorId, month, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "One participation; financing, waiver application and the day center's months for billing "
            + "and admin only")
    public ParticipationView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @PUT
    @Path("/{id}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "AM-07: the agreed days per week and hours per day of an AMI programme participation")
    public ParticipationView schedule(@PathParam("id") UUID id,
                                      @NotNull(message = "a JSON body is required") @Valid ScheduleRequest request) {
        return service.schedule(id, request);
    }

    @PUT
    @Path("/{id}/waiver-application")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "AM-06: the participant's application for a waiver of the rest")
    public ParticipationView waiverApplication(@PathParam("id") UUID id,
                                               @NotNull(message = "a JSON body is required")
                                               @Valid WaiverApplicationRequest request) {
        return service.applyForWaiver(id, request);
    }
}
