package ch.so.integration.segmentation.controlling;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.segmentation.controlling.api.ControllingReport;
import ch.so.integration.segmentation.controlling.api.FigureTable;

/**
 * SG-11/SG-12: the case-based controlling: anonymised figures for the pilot questions, as JSON, CSV and an Excel
 * workbook. The only endpoints open to the controlling role (ControllingAccessTest checks that no other is).
 */
@Path("/controlling")
@Tag(name = "Controlling")
@RolesAllowed({Roles.CONTROLLING, Roles.ADMIN})
public class ControllingResource {

    private static final String PERIOD = """
             Period: whole calendar months that have ended, `from` (the first day of a month) to `to` (the last \
            day of a month before the current one) inclusive; the distribution counts on `to`. Defaults: the twelve \
            months up to the end of the last month; at most 5 years; any other day is a 400 naming `from` or `to` \
            (periods to the day could be subtracted from each other). No names, ids or dates of birth; any group of \
            fewer than 5 cases is suppressed (null with `suppressed: true`; `x` in CSV and XLSX), and so are the \
            cells that would let one compute it from the totals.""";

    private final ControllingService service;

    ControllingResource(ControllingService service) {
        this.service = service;
    }

    @GET
    @Path("/figures")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "All controlling figures of a period (SG-11, SG-12)", description = """
            distribution (segments on `to`, entitled and prevention), by assistance type and region, transitions \
            (moves decided), time-in-segment, review-periodicity (SG-04), detachment (rate per segment, entitled and \
            prevention separately, SG-11), effort-per-segment and effort-per-month (hours per person-month), \
            intake-effort (process 2010 per case).""" + PERIOD)
    public ControllingReport figures(@Parameter(description = "First day of a month, YYYY-MM-DD", example = "2025-01-01")
                                     @QueryParam("from") LocalDate from,
                                     @Parameter(description = "Last day of a finished month and reference day, YYYY-MM-DD",
                                             example = "2025-12-31") @QueryParam("to") LocalDate to) {
        return service.report(from, to);
    }

    @GET
    @Path("/workbook.xlsx")
    @Produces(ControllingXlsx.MEDIA_TYPE)
    @Operation(summary = "The controlling workbook: an About sheet and one sheet per figure (SG-12)",
            description = PERIOD)
    @APIResponse(responseCode = "200", description = "The workbook", content = @Content(
            mediaType = ControllingXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response workbook(@QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to) {
        ControllingReport report = service.report(from, to);
        return Response.ok(ControllingXlsx.bytes(report), ControllingXlsx.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"controlling-" + report.from() + "-"
                        + report.to() + ".xlsx\"").build();
    }

    @GET
    @Path("/{figure: [a-z-]+}.csv")
    @Produces(ControllingCsv.MEDIA_TYPE)
    @Operation(summary = "One controlling figure as CSV (UTF-8 with BOM, semicolons) (SG-12)",
            description = "`figure` is a figure's name, e.g. `distribution` or `detachment`." + PERIOD)
    @APIResponse(responseCode = "200", description = "The figure", content = @Content(
            mediaType = ControllingCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No figure of this name")
    public Response csv(@PathParam("figure") String figure, @QueryParam("from") LocalDate from,
                        @QueryParam("to") LocalDate to) {
        FigureTable table = service.figure(figure, from, to);
        return Response.ok(ControllingCsv.bytes(table), ControllingCsv.MEDIA_TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + table.name() + ".csv\"").build();
    }
}
