package ch.so.integration.daycenter.monthclose;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.attendance.Months;
import ch.so.integration.daycenter.monthclose.api.CorrectionRequest;
import ch.so.integration.daycenter.monthclose.api.LineView;
import ch.so.integration.daycenter.monthclose.api.MonthCloseView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.PageQuery;

@Path("/month-closes/{month}")
@Tag(name = "Month close")
@Produces(MediaType.APPLICATION_JSON)
public class MonthCloseResource {

    private final MonthCloseService service;

    MonthCloseResource(MonthCloseService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Close a month (publishes one AttendanceMonthClosed per participant)",
            description = "Freezes the month's attendance of all places. Only once (409 after), and only after the "
                    + "month has ended.")
    public Response close(@PathParam("month") String month, @Valid @BeanParam PageQuery page) {
        return Response.status(Response.Status.CREATED).entity(service.close(Months.parse("month", month), page)).build();
    }

    @GET
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.DAY_CENTER_STAFF, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A closed month with its per-participant lines (paged)")
    public MonthCloseView get(@PathParam("month") String month, @Valid @BeanParam PageQuery page) {
        return service.get(Months.parse("month", month), page);
    }

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Correct a day of a closed month (publishes AttendanceMonthCorrected)",
            description = "Hours or an absence kind, with a reason; traced, never silent.")
    public Response correct(@PathParam("month") String month,
                            @NotNull(message = "a JSON body is required") @Valid CorrectionRequest request,
                            @jakarta.ws.rs.HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<LineView> result = service.correct(Months.parse("month", month), request, idempotencyKey);
        return result.ok();
    }

    @GET
    @Path("/payout.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "DC-06 cash payout list of the motivation compensation (semicolon CSV, UTF-8 with BOM)",
            description = "One line per participant with an amount: name, area, amount and an empty column for the "
                    + "receipt signature. Participants without an area with work or service are not listed.")
    public Response payout(@PathParam("month") String month) {
        return Response.ok(service.payoutCsv(Months.parse("month", month)))
                .header("Content-Disposition", "attachment; filename=\"payout-" + month.replaceAll("[^0-9-]", "")
                        + ".csv\"").build();
    }

    @GET
    @Path("/payout.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "DC-06 cash payout list as PDF, with a signature box and signature field per line")
    public Response payoutPdf(@PathParam("month") String month) {
        return Response.ok(service.payoutPdf(Months.parse("month", month)))
                .header("Content-Disposition", "attachment; filename=\"payout-" + month.replaceAll("[^0-9-]", "")
                        + ".pdf\"").build();
    }
}
