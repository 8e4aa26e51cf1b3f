package ch.so.integration.intake.financing;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.financing.api.GrantRequest;
import ch.so.integration.intake.financing.api.InstrumentView;
import ch.so.integration.intake.financing.api.RefuseRequest;
import ch.so.integration.platform.auth.Roles;

@Path("/financing-instruments")
@Tag(name = "Financing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FinancingResource {

    private final FinancingService service;

    FinancingResource(FinancingService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A placement's financing instruments, newest first")
    public List<InstrumentView> ofPlacement(@QueryParam("placementId") @NotNull(message = "is required") UUID placementId) {
        return service.ofPlacement(placementId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A financing instrument by id")
    public InstrumentView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Path("/{id}/grant")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record that the financing body granted the instrument (publishes FinancingInstrumentGranted)")
    public InstrumentView grant(@PathParam("id") UUID id,
                                @NotNull(message = "a JSON body is required") @Valid GrantRequest grant) {
        return service.grant(id, grant);
    }

    @POST
    @Path("/{id}/refuse")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record that the financing body refused the instrument (publishes FinancingInstrumentRefused)")
    public InstrumentView refuse(@PathParam("id") UUID id,
                                 @NotNull(message = "a JSON body is required") @Valid RefuseRequest refusal) {
        return service.refuse(id, refusal.reason());
    }
}
