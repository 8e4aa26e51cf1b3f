package ch.so.integration.intake.agreement;

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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.agreement.api.AgreementView;
import ch.so.integration.intake.agreement.api.SignatureRequest;
import ch.so.integration.platform.auth.Roles;

@Path("/agreements")
@Tag(name = "Agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService service;

    AgreementResource(AgreementService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "The agreement of a placement")
    public AgreementView ofPlacement(@QueryParam("placementId") @NotNull(message = "is required") UUID placementId) {
        return service.ofPlacement(placementId);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "A participation agreement by id")
    public AgreementView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/document")
    @Produces("application/pdf")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "The participation agreement as a PDF to print and sign (DC-12)")
    public Response document(@PathParam("id") UUID id) {
        return Response.ok(service.document(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"teilnahmevereinbarung-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("/{id}/signature")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record the signature: who, when, the signed scan's reference (DC-12)")
    public AgreementView sign(@PathParam("id") UUID id,
                              @NotNull(message = "a JSON body is required") @Valid SignatureRequest request) {
        return service.sign(id, request);
    }
}
