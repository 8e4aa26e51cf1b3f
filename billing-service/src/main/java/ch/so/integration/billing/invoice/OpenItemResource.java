package ch.so.integration.billing.invoice;

import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.billing.invoice.api.OpenItemView;
import ch.so.integration.billing.invoice.api.RunRequest;
import ch.so.integration.billing.invoice.api.RunView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/open-items")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class OpenItemResource {

    private final InvoiceService service;

    OpenItemResource(InvoiceService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "Months the run could not invoice, with the rule and the reason (paged)")
    public Page<OpenItemView> openItems(@QueryParam("creditorId") UUID creditorId, @QueryParam("month") YearMonth month,
                                        @QueryParam("status") OpenItem.Status status,
                                        @Valid @BeanParam PageQuery page) {
        return service.openItems(creditorId, month, status, page);
    }
}
