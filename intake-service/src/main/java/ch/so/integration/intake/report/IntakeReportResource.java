package ch.so.integration.intake.report;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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

import ch.so.integration.intake.report.api.IntakeReportView;
import ch.so.integration.platform.auth.Roles;

@Path("/reports")
@Tag(name = "Reports")
public class IntakeReportResource {

    /** JSON first: it answers a request that accepts both equally (a wildcard Accept header, or none). */
    private static final List<Variant> VARIANTS = Variant
            .mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.valueOf(IntakeReportCsv.MEDIA_TYPE)).build();

    private final IntakeReportService service;

    IntakeReportResource(IntakeReportService service) {
        this.service = service;
    }

    @GET
    @Path("/intake")
    @Produces({MediaType.APPLICATION_JSON, IntakeReportCsv.MEDIA_TYPE})
    @RolesAllowed({Roles.INTAKE, Roles.CANTON, Roles.ADMIN})
    @Operation(summary = "The intake report: entries, transfers, exits, capacity and occupancy per month and "
            + "placement type (DC-10, DC-19)",
            description = """
                    Counts only, no personal data. `from` and `to` are months (YYYY-MM), both included, at most 36 \
                    months. Every month lists all five placement types, zeros included, and a total.

                    Definitions, per month and type:
                    - **entries**: placements whose start date lies in the month, for the type they started in. \
                    CANCELLED placements (cancelled while pending: they never started) and placements ended before \
                    their start day do not count, here or anywhere.
                    - **transfers**: transfers in, i.e. SETTING mutations (moves between the IVSE B settings) \
                    effective in the month, for the new setting; **transfersOut**: the same, for the old setting.
                    - **exits**: placements with status ENDED whose end date (the last day) lies in the month, for \
                    the type they ended in.
                    - **occupiedAtMonthEnd**: placements holding a place on the month's last day: not CANCELLED \
                    (PENDING ones reserve their place, as in the DC-08 capacity check), started on or before that \
                    day, and without end date or ending on or after it. A placement whose last day is the month's \
                    last day is an exit of that month and still occupies at its end.
                    - Types follow the history: a transferred placement counts for its old setting before the \
                    transfer's effective date and for the new one from it.
                    - **capacity**: IVSE B settings from the place capacities (null when not set); AMI_PROGRAMME the \
                    sum of the catalogue programmes' capacities (null without programmes); PASST_GENAU null. These \
                    are today's values: no capacity history is kept, so past months show today's capacity.
                    - **occupancyPercent**: occupiedAtMonthEnd / capacity x 100, one decimal, rounded half up; null \
                    without capacity (or with a capacity of 0).
                    - **total**: the sums over the types; its capacity is the sum of the known capacities and its \
                    occupancy counts only the types that have one.

                    Formats by content negotiation: `Accept: application/json` (the default) or `Accept: text/csv`. \
                    The CSV is UTF-8 with a byte-order mark, semicolon-separated (Swiss Excel), CRLF line ends, a \
                    header row (the JSON field names: month;type;label;entries;transfers;transfersOut;exits;\
                    occupiedAtMonthEnd;capacity;occupancyPercent) and one row per month and type; decimals with a \
                    point, unknown values empty, no total rows.""")
    @APIResponse(responseCode = "200", description = "The report",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntakeReportView.class)),
                    @Content(mediaType = IntakeReportCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "from or to missing or not a month, to before from, or more "
            + "than 36 months")
    public Response intake(@Parameter(description = "First month, YYYY-MM", example = "2026-01", required = true)
                           @QueryParam("from") String from,
                           @Parameter(description = "Last month (included), YYYY-MM", example = "2026-12",
                                   required = true)
                           @QueryParam("to") String to,
                           @Context Request request) {
        ReportPeriod period = ReportPeriod.parse(from, to);
        IntakeReportView report = service.intakeReport(period);
        Variant variant = request.selectVariant(VARIANTS);
        if (variant != null && variant.getMediaType().isCompatible(MediaType.valueOf(IntakeReportCsv.MEDIA_TYPE))) {
            return Response.ok(IntakeReportCsv.bytes(report), IntakeReportCsv.MEDIA_TYPE + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"intake-report-" + period.from() + "-"
                            + period.to() + ".csv\"")
                    .build();
        }
        return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
