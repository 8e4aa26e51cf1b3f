package ch.so.integration.intake.programme;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.programme.api.ChangeCapacityRequest;
import ch.so.integration.intake.programme.api.CreateProgrammeRequest;
import ch.so.integration.intake.programme.api.ProgrammeSearchHit;
import ch.so.integration.intake.programme.api.ProgrammeView;
import ch.so.integration.intake.programme.api.TariffsDto;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.web.ProblemException;

@Path("/programmes")
@Tag(name = "Programme catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final ProgrammeService service;

    ProgrammeResource(ProgrammeService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Add a programme to a provider (AM-01: tariffs at most the type's maximum)")
    @APIResponse(responseCode = "201", description = "Created (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "400", description = "Invalid fields; a tariff above the AM-01 maximum or in a unit the type is not billed in names the field and carries rule AM-01")
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreateProgrammeRequest request,
                           @Parameter(description = "Makes retries safe: same key and body, same answer")
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<ProgrammeView> result = service.create(request, idempotencyKey);
        return result.created("programmes");
    }

    @GET
    @Path("/search")
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER, Roles.ADMIN})
    @Operation(summary = "AM-04: programmes by type within a radius of a postal code, nearest first, with free places",
            description = "Distances are great-circle distances between the postal codes' centres. "
                    + "Postal code data © GeoNames, CC BY 4.0.")
    @APIResponse(responseCode = "400", description = "Invalid parameters, or a postal code that is not imported (field postalCode)")
    public Page<ProgrammeSearchHit> search(
            @Parameter(description = "All types when left out", schema = @Schema(implementation = ProgrammeType.class))
            @QueryParam("type") String type,
            @Parameter(description = "Swiss postal code the distance is measured from", example = "4500")
            @QueryParam("postalCode") @NotBlank(message = "is required")
            @Pattern(regexp = PostalCodeEntry.ZIPCODE_PATTERN, message = "must be a Swiss postal code (4 digits)") String postalCode,
            @Parameter(description = "Radius in km, 1 to 200", example = "20")
            @QueryParam("radiusKm") @NotNull(message = "is required") @Min(value = 1, message = "must be 1 to 200")
            @Max(value = 200, message = "must be 1 to 200") Integer radiusKm,
            @Valid @BeanParam PageQuery page) {
        return service.search(typeOf(type), postalCode, radiusKm, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER, Roles.BILLING, Roles.CANTON, Roles.ADMIN})
    @Operation(summary = "A programme by id")
    public ProgrammeView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER, Roles.BILLING, Roles.CANTON, Roles.ADMIN})
    @Operation(summary = "Programmes by name, optionally of one provider and/or type")
    public Page<ProgrammeView> list(@Parameter(schema = @Schema(implementation = UUID.class))
                                    @QueryParam("providerId") String providerId,
                                    @Parameter(schema = @Schema(implementation = ProgrammeType.class))
                                    @QueryParam("type") String type,
                                    @Valid @BeanParam PageQuery page) {
        return service.list(uuidOf("providerId", providerId), typeOf(type), page);
    }

    @PUT
    @Path("/{id}/tariffs")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Replace a programme's tariffs (AM-01: at most the type's maximum)")
    @APIResponse(responseCode = "400", description = "Invalid fields; a tariff above the AM-01 maximum names the field and carries rule AM-01")
    public ProgrammeView changeTariffs(@PathParam("id") UUID id,
                                       @NotNull(message = "a JSON body is required") @Valid TariffsDto request) {
        return service.changeTariffs(id, request);
    }

    @PUT
    @Path("/{id}/capacity")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Change a programme's places")
    @APIResponse(responseCode = "409", description = "Fewer places than are occupied")
    public ProgrammeView changeCapacity(@PathParam("id") UUID id,
                                        @NotNull(message = "a JSON body is required") @Valid ChangeCapacityRequest request) {
        return service.changeCapacity(id, request);
    }

    /* Query parameters are read as text so that a bad value is a 400 naming the parameter, not a 404. */

    private static ProgrammeType typeOf(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        try {
            return ProgrammeType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", "must be one of " + Arrays.stream(ProgrammeType.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static UUID uuidOf(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField(parameter, "must be a UUID");
        }
    }
}
