package ch.so.integration.daycenter.mis;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Variant;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.mis.api.MisReport;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.web.ProblemException;

/** DC-19: the monthly information system: capacity, occupancy, entries and exits; counts only. */
@Path("/mis")
@Tag(name = "MIS")
@RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.DAY_CENTER_STAFF, Roles.INTAKE, Roles.CANTON, Roles.ADMIN})
public class MisResource {

    /** JSON first: it answers a request that accepts all equally (a wildcard Accept header, or none). */
    private static final List<Variant> VARIANTS = Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE,
            MediaType.valueOf(MisCsv.MEDIA_TYPE), MediaType.valueOf(MisXlsx.MEDIA_TYPE)).build();

    private final MisService service;

    MisResource(MisService service) {
        this.service = service;
    }

    @GET
    @Path("/{month: [0-9]{4}-[0-9]{2}}")
    @Produces({MediaType.APPLICATION_JSON, MisCsv.MEDIA_TYPE, MisXlsx.MEDIA_TYPE})
    @Operation(summary = "One month of the MIS, per work area and in total (DC-19)", description = """
            Counts only. Per area: capacity per half-day, open days (Mon-Fri without the area's company holidays), \
            capacityHalfDays = capacity x 2 x open days, participantsAtMonthEnd (places held on the last day that \
            list the area; a head count), heldHalfDays = per place Pensum % x 2 / 100 x open days, split evenly across \
            the place's areas (one decimal), occupancyPercent = held / capacity half-days (one decimal), \
            plannedHalfDays (the weekly plans) and plannedPercent = planned / capacity half-days, entries (places \
            starting in the month) and exits (places ended in the month). TOTAL: sums of capacities, held and planned \
            half-days over the areas with capacity (each place's held half-days once); distinct places for \
            participants, entries and exits.
            Formats: JSON (default), `Accept: text/csv` or `.csv` (UTF-8 with BOM, semicolons), \
            `Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet` or `.xlsx`.""")
    @APIResponse(responseCode = "200", description = "The month's figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MisReport.class)),
            @Content(mediaType = MisCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MisXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response month(@Parameter(description = "YYYY-MM", example = "2031-05") @PathParam("month") String month,
                          @Context Request request) {
        Variant variant = request.selectVariant(VARIANTS);
        MediaType type = variant == null ? MediaType.APPLICATION_JSON_TYPE : variant.getMediaType();
        return render(parse(month), type);
    }

    @GET
    @Path("/{month: [0-9]{4}-[0-9]{2}}.csv")
    @Produces(MisCsv.MEDIA_TYPE)
    @Operation(summary = "One month of the MIS as CSV (DC-19)")
    public Response monthCsv(@PathParam("month") String month) {
        return render(parse(month), MediaType.valueOf(MisCsv.MEDIA_TYPE));
    }

    @GET
    @Path("/{month: [0-9]{4}-[0-9]{2}}.xlsx")
    @Produces(MisXlsx.MEDIA_TYPE)
    @Operation(summary = "One month of the MIS as an Excel workbook (DC-19)")
    public Response monthXlsx(@PathParam("month") String month) {
        return render(parse(month), MediaType.valueOf(MisXlsx.MEDIA_TYPE));
    }

    @GET
    @Path("/chart.svg")
    @Produces(MisChart.MEDIA_TYPE)
    @Operation(summary = "The total occupancy of the 12 months up to `to` as an SVG bar chart (DC-19)")
    public Response chart(@Parameter(description = "Last month shown, YYYY-MM; this month when absent",
            example = "2031-05") @QueryParam("to") String to) {
        return Response.ok(service.chart(to == null || to.isBlank() ? null : parse("to", to)),
                MisChart.MEDIA_TYPE + "; charset=UTF-8").build();
    }

    private Response render(YearMonth month, MediaType type) {
        MisReport report = service.month(month);
        if (type.isCompatible(MediaType.valueOf(MisCsv.MEDIA_TYPE))) {
            return Response.ok(MisCsv.bytes(report), MisCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"mis-" + month + ".csv\"").build();
        }
        if (type.isCompatible(MediaType.valueOf(MisXlsx.MEDIA_TYPE))) {
            return Response.ok(MisXlsx.bytes(report), MisXlsx.MEDIA_TYPE)
                    .header("Content-Disposition", "attachment; filename=\"mis-" + month + ".xlsx\"").build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static YearMonth parse(String month) {
        return parse("month", month);
    }

    private static YearMonth parse(String field, String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "must be a month, YYYY-MM");
        }
    }
}
