package ch.so.integration.daycenter.attendance;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.attendance.api.DayView;
import ch.so.integration.daycenter.attendance.api.EntitlementRequest;
import ch.so.integration.daycenter.attendance.api.MonthView;
import ch.so.integration.daycenter.attendance.api.PensumView;
import ch.so.integration.daycenter.attendance.api.RecordDayRequest;
import ch.so.integration.daycenter.attendance.api.VacationBalanceView;
import ch.so.integration.daycenter.attendance.api.VacationRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.web.ProblemException;

@Path("/attendance/{placementId}")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    private final AttendanceService service;

    AttendanceResource(AttendanceService service) {
        this.service = service;
    }

    @PUT
    @Path("/{date}")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Record a workday: hours worked or an absence kind (DC-01, DC-03)",
            description = "Hours in quarter hours, 0 < h <= 8.5 (08:00-16:30), Monday to Friday, only on days the "
                    + "participant holds the place. A single day off is an absence, never vacation. A closed month "
                    + "refuses edits (409): corrections go through month close.")
    public DayView record(@PathParam("placementId") UUID placementId, @PathParam("date") LocalDate date,
                          @NotNull(message = "a JSON body is required") @Valid RecordDayRequest request) {
        return service.record(placementId, date, request);
    }

    @GET
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "A month's recorded days (month=yyyy-MM)")
    public MonthView month(@PathParam("placementId") UUID placementId, @QueryParam("month") String month) {
        return service.month(placementId, Months.parse("month", month));
    }

    @POST
    @Path("/vacations")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Take whole vacation weeks, Monday to Friday (DC-03)",
            description = "Within the year's entitlement (5 weeks, or more when internal housing grants it); a week "
                    + "counts in the year of its Monday. Every day must be free, held and in an open month.")
    public VacationBalanceView takeVacation(@PathParam("placementId") UUID placementId,
                                            @NotNull(message = "a JSON body is required") @Valid VacationRequest request) {
        return service.takeVacation(placementId, request);
    }

    @DELETE
    @Path("/vacations/{monday}")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Cancel a whole vacation week (DC-03); refused in a closed month")
    public VacationBalanceView cancelVacation(@PathParam("placementId") UUID placementId,
                                              @PathParam("monday") LocalDate monday) {
        return service.cancelVacation(placementId, monday);
    }

    @GET
    @Path("/vacation-balance")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Vacation entitlement, taken and remaining weeks of a year (DC-03)")
    public VacationBalanceView balance(@PathParam("placementId") UUID placementId, @QueryParam("year") Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw ProblemException.invalidField("year", "is required, e.g. 2027");
        }
        return service.balance(placementId, year);
    }

    @PUT
    @Path("/vacation-entitlement/{year}")
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Grant more vacation weeks for a year, as internal housing decided (DC-03)")
    public VacationBalanceView grant(@PathParam("placementId") UUID placementId, @PathParam("year") int year,
                                     @NotNull(message = "a JSON body is required") @Valid EntitlementRequest request) {
        return service.grantEntitlement(placementId, year, request);
    }

    @GET
    @Path("/pensum")
    @RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Planned versus actual Pensum of a month (DC-05)",
            description = "A day of 5 h or more counts 20 %, under 5 h 10 %, absences 0. Actual % = sum of day counts "
                    + "/ (workdays held without vacation / 5); billing: rounded down to 10 % steps.")
    public PensumView pensum(@PathParam("placementId") UUID placementId, @QueryParam("month") String month) {
        return service.pensum(placementId, Months.parse("month", month));
    }
}
