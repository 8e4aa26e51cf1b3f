package ch.so.integration.billing.creditor;

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

import ch.so.integration.billing.creditor.api.CreditorRequest;
import ch.so.integration.billing.creditor.api.CreditorView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/creditors")
@Tag(name = "Creditors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditorResource {

    private final CreditorService service;

    CreditorResource(CreditorService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Register a creditor: who issues invoices and is paid",
            description = "An AMI provider (with intake's provider id, unique), the day center (exactly one) or a "
                    + "pass(t)genau provider; a CH/LI IBAN or QR-IBAN (check sum verified).")
    @APIResponse(responseCode = "201", description = "Registered (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "duplicate: the intake provider or the day center is registered")
    public Response register(@NotNull(message = "a JSON body is required") @Valid CreditorRequest request,
                             @Parameter(description = "Makes retries safe: same key and body, same answer")
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.register(request, idempotencyKey).created("creditors");
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "Change a creditor's terms (all but the kind)")
    public CreditorView change(@PathParam("id") UUID id,
                               @NotNull(message = "a JSON body is required") @Valid CreditorRequest request) {
        return service.change(id, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A creditor by id")
    public CreditorView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "All creditors by name, optionally of one kind")
    public Page<CreditorView> page(@QueryParam("kind") CreditorKind kind, @Valid @BeanParam PageQuery page) {
        return service.page(kind, page);
    }
}
