package ch.so.integration.intake.programme;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.programme.api.CreateProviderRequest;
import ch.so.integration.intake.programme.api.ProviderView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/providers")
@Tag(name = "Programme catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProviderResource {

    private final ProviderService service;

    ProviderResource(ProviderService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Register a programme provider")
    @APIResponse(responseCode = "201", description = "Registered (or replayed for a repeated Idempotency-Key)")
    public Response register(@NotNull(message = "a JSON body is required") @Valid CreateProviderRequest request,
                             @Parameter(description = "Makes retries safe: same key and body, same answer")
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<ProviderView> result = service.register(request, idempotencyKey);
        return result.created("providers");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER, Roles.BILLING, Roles.CANTON, Roles.ADMIN})
    @Operation(summary = "A provider by id")
    public ProviderView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER, Roles.BILLING, Roles.CANTON, Roles.ADMIN})
    @Operation(summary = "All providers, by name")
    public Page<ProviderView> all(@Valid @BeanParam PageQuery page) {
        return service.all(page);
    }
}
