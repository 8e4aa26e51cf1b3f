package ch.so.integration.intake.person;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.person.api.AddressDto;
import ch.so.integration.intake.person.api.CircumstancesDto;
import ch.so.integration.intake.person.api.PersonView;
import ch.so.integration.intake.person.api.RegisterPersonRequest;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/persons")
@Tag(name = "Persons")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService service;

    PersonResource(PersonService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Register a person (eCH-0044 identity)")
    @APIResponse(responseCode = "201", description = "Registered (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "A person with this AHV number exists; the problem names its id")
    public Response register(@NotNull(message = "a JSON body is required") @Valid RegisterPersonRequest request,
                             @Parameter(description = "Makes retries safe: same key and body, same answer")
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<PersonView> result = service.register(request, idempotencyKey);
        return result.created("persons");
    }

    @PUT
    @Path("/{id}/address")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record a move to a new address")
    public PersonView move(@PathParam("id") UUID id,
                           @NotNull(message = "a JSON body is required") @Valid AddressDto address) {
        return service.move(id, address);
    }

    @PUT
    @Path("/{id}/circumstances")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record changed circumstances (permit, benefits, household, German)",
            description = "Household income and assets are only accepted where a waiver is possible (AM-06).")
    public PersonView changeCircumstances(@PathParam("id") UUID id,
                                          @NotNull(message = "a JSON body is required") @Valid CircumstancesDto circumstances) {
        return service.changeCircumstances(id, circumstances);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.DAY_CENTER_STAFF, Roles.ADMIN})
    @Operation(summary = "A person by id")
    public PersonView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Search persons by name prefix and/or date of birth")
    public Page<PersonView> search(@QueryParam("officialName") String officialName,
                                   @QueryParam("firstName") String firstName,
                                   @Parameter(description = "YYYY-MM-DD") @QueryParam("dateOfBirth") LocalDate dateOfBirth,
                                   @Valid @BeanParam PageQuery page) {
        return service.search(officialName, firstName, dateOfBirth, page);
    }
}
