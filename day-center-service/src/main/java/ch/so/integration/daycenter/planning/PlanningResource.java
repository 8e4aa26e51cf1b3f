package ch.so.integration.daycenter.planning;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.documents.ICalendar;
import ch.so.integration.daycenter.planning.api.CopyResultView;
import ch.so.integration.daycenter.planning.api.WeekPlanRequest;
import ch.so.integration.daycenter.planning.api.WeekPlanView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.PageQuery;

@Path("/plans")
@Tag(name = "Weekly planning")
@RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
public class PlanningResource {

    /** JSON first: it answers a request that accepts both equally. */
    private static final List<Variant> VARIANTS = Variant
            .mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(PlanCsv.MEDIA_TYPE)).build();
    private static final String WEEK = "ISO week, e.g. 2027-W03";

    private final PlanningService service;

    PlanningResource(PlanningService service) {
        this.service = service;
    }

    @GET
    @Path("/{week}")
    @Produces({MediaType.APPLICATION_JSON, PlanCsv.MEDIA_TYPE})
    @Operation(summary = "A week's plan: who works in which area, per half-day (DC-04)",
            description = "JSON: one page of entries by date, half-day, area and participant. With `Accept: text/csv` "
                    + "the whole week as CSV (UTF-8 with BOM, semicolons, CRLF), as from `/plans/{week}.csv`.")
    public Response week(@Parameter(description = WEEK, example = "2027-W03") @PathParam("week") String week,
                         @Valid @BeanParam PageQuery page, @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant != null && variant.getMediaType().isCompatible(MediaType.valueOf(PlanCsv.MEDIA_TYPE))) {
            return csv(week);
        }
        return Response.ok(service.week(week, page), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{week}.csv")
    @Produces(PlanCsv.MEDIA_TYPE)
    @Operation(summary = "A week's plan as CSV for Excel (UTF-8 with BOM, semicolons, CRLF)")
    public Response weekCsv(@Parameter(description = WEEK, example = "2027-W03") @PathParam("week") String week) {
        return csv(week);
    }

    @PUT
    @Path("/{week}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a week's plan (replaces what was planned for the week)",
            description = "All or nothing. Refused when an entry breaks a rule, naming the entry: a weekend day "
                    + "(DC-01), a closed area (DC-02), a participant without a place that day, two areas in one "
                    + "half-day, an area over its capacity (DC-04), more half-days than the Pensum allows "
                    + "(Pensum % x 10 / 100 a week, DC-05).")
    @APIResponse(responseCode = "409", description = "An entry breaks a rule; the problem cites it")
    public WeekPlanView replace(@Parameter(description = WEEK) @PathParam("week") String week,
                                @NotNull(message = "a JSON body is required") @Valid WeekPlanRequest request) {
        return service.replaceWeek(week, request);
    }

    @POST
    @Path("/{week}/copy-from-previous")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Copy last week's plan into this week",
            description = "Keeps what this week has already; skips, and reports with the rule, entries that now break "
                    + "one.")
    public CopyResultView copy(@Parameter(description = WEEK) @PathParam("week") String week) {
        return service.copyFromPrevious(week);
    }

    @GET
    @Path("/participants/{placementId}/calendar.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "A participant's planned half-days as an iCalendar feed (four weeks back, a year ahead)")
    public Response participantCalendar(@PathParam("placementId") UUID placementId) {
        return ics(service.participantCalendar(placementId), "plan-" + placementId + ".ics");
    }

    @GET
    @Path("/areas/{areaId}/calendar.ics")
    @Produces(ICalendar.MEDIA_TYPE)
    @Operation(summary = "A work area's planned half-days as an iCalendar feed, naming the participants")
    public Response areaCalendar(@PathParam("areaId") UUID areaId) {
        return ics(service.areaCalendar(areaId), "area-" + areaId + ".ics");
    }

    private Response csv(String week) {
        String text = service.weekCsv(week);
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), PlanCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"plan-" + week + ".csv\"").build();
    }

    private static Response ics(String text, String filename) {
        return Response.ok(text.getBytes(StandardCharsets.UTF_8), ICalendar.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"" + filename + "\"").build();
    }
}
