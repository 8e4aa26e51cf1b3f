package ch.so.integration.billing.invoice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.billing.invoice.api.CostPreviewRequest;
import ch.so.integration.billing.invoice.api.CostPreviewView;
import ch.so.integration.platform.auth.Roles;

@Path("/cost-preview")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class CostPreviewResource {

    private final CostPreviewService service;

    CostPreviewResource(CostPreviewService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER})
    @Operation(summary = "What a programme will cost per month and who pays what, before the cost approval",
            description = "The same calculation as the invoice (AM-07, AM-05, AM-06 with a waiver application): a "
                    + "full month with the given tariffs and schedule, the requested instrument assumed granted. "
                    + "Nothing is stored.")
    public CostPreviewView preview(@NotNull(message = "a JSON body is required") @Valid CostPreviewRequest request) {
        return service.preview(request);
    }
}
