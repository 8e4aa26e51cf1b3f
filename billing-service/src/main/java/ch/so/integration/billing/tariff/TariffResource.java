package ch.so.integration.billing.tariff;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import ch.so.integration.billing.tariff.api.AmiMaximumTariffView;
import ch.so.integration.billing.tariff.api.DayCenterFlatRateView;
import ch.so.integration.billing.tariff.api.NewAmiMaximumTariff;
import ch.so.integration.billing.tariff.api.NewDayCenterFlatRate;
import ch.so.integration.billing.tariff.api.NewPasstgenauRate;
import ch.so.integration.billing.tariff.api.PasstgenauRateView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * Tariffs as versioned data (AM-01, DC-21, PG-05): read by billing, admin, the canton and partners; new versions by
 * billing and admin. A new version is open-ended from its validFrom and closes the key's open version the day before.
 */
@Path("/tariffs")
@Tag(name = "Tariffs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TariffResource {

    private static final String VALID_ON = "Only the versions valid on this day (yyyy-MM-dd)";
    private static final String KEY = "Makes retries safe: same key and body, same answer";

    private final TariffService service;

    TariffResource(TariffService service) {
        this.service = service;
    }

    @GET
    @Path("/ami-maximum")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "AM-01 maximum tariffs per programme type and unit, all versions (paged)")
    public Page<AmiMaximumTariffView> amiMaximum(@QueryParam("programmeType") ProgrammeType type,
                                                 @QueryParam("unit") TariffUnit unit,
                                                 @Parameter(description = VALID_ON) @QueryParam("on") LocalDate on,
                                                 @Valid @BeanParam PageQuery page) {
        return service.amiMaximum(type, unit, on, page);
    }

    @GET
    @Path("/ami-maximum/{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "One version of an AM-01 maximum tariff")
    public AmiMaximumTariffView amiMaximum(@PathParam("id") UUID id) {
        return service.amiMaximum(id);
    }

    @POST
    @Path("/ami-maximum")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Add a version of an AM-01 maximum tariff")
    @APIResponse(responseCode = "201", description = "Added; the body names the version it closed, if any")
    @APIResponse(responseCode = "409", description = "rule-violation AM-01: overlaps a later version, changes a "
            + "past day, or Teillohn")
    public Response addAmiMaximum(@NotNull(message = "a JSON body is required") @Valid NewAmiMaximumTariff request,
                                  @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String key) {
        return service.addAmiMaximum(request, key).created("tariffs/ami-maximum");
    }

    @GET
    @Path("/day-center")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "DC-21 day-center monthly flat rates per IBB level, all versions (paged)")
    public Page<DayCenterFlatRateView> dayCenter(@QueryParam("level") IbbLevel level,
                                                 @Parameter(description = VALID_ON) @QueryParam("on") LocalDate on,
                                                 @Valid @BeanParam PageQuery page) {
        return service.dayCenter(level, on, page);
    }

    @GET
    @Path("/day-center/{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "One version of a DC-21 flat rate")
    public DayCenterFlatRateView dayCenter(@PathParam("id") UUID id) {
        return service.dayCenter(id);
    }

    @POST
    @Path("/day-center")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Add a version of a DC-21 flat rate")
    @APIResponse(responseCode = "201", description = "Added; the body names the version it closed, if any")
    @APIResponse(responseCode = "409", description = "rule-violation DC-21: overlaps a later version or changes a "
            + "past day")
    public Response addDayCenter(@NotNull(message = "a JSON body is required") @Valid NewDayCenterFlatRate request,
                                 @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String key) {
        return service.addDayCenter(request, key).created("tariffs/day-center");
    }

    @GET
    @Path("/passtgenau")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "PG-05 pass(t)genau rates per professional service hour, per module or all modules "
            + "(module null), all versions (paged)")
    public Page<PasstgenauRateView> passtgenau(
            @Parameter(description = "Only this module's own rows")
            @Pattern(regexp = NewPasstgenauRate.MODULE_PATTERN, message = "must be a module name such as ENTRY_PHASE")
            @QueryParam("module") String module,
            @Parameter(description = VALID_ON) @QueryParam("on") LocalDate on,
            @Valid @BeanParam PageQuery page) {
        return service.passtgenau(module, on, page);
    }

    @GET
    @Path("/passtgenau/{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "One version of a PG-05 rate")
    public PasstgenauRateView passtgenau(@PathParam("id") UUID id) {
        return service.passtgenau(id);
    }

    @POST
    @Path("/passtgenau")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Add a version of a PG-05 rate (for one module, or all modules when module is omitted)")
    @APIResponse(responseCode = "201", description = "Added; the body names the version it closed, if any")
    @APIResponse(responseCode = "409", description = "rule-violation PG-05: overlaps a later version or changes a "
            + "past day")
    public Response addPasstgenau(@NotNull(message = "a JSON body is required") @Valid NewPasstgenauRate request,
                                  @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String key) {
        return service.addPasstgenau(request, key).created("tariffs/passtgenau");
    }
}
