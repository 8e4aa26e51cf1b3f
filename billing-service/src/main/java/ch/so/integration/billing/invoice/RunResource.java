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

@Path("/runs")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    private final InvoiceService service;

    RunResource(InvoiceService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "AM-07 run a month for a creditor: issue its invoices, corrections and open items",
            description = "Bills every participation of the creditor that ran in the month and issues one invoice per "
                    + "debtor (numbers gapless per year, PDF with QR-bill). Idempotent: running an unchanged month "
                    + "again issues nothing; a change after invoicing issues a correction invoice or credit note that "
                    + "refers to the original. Months the run cannot invoice become open items. Partners run their "
                    + "own creditors only. Only months that have ended.")
    public RunView run(@NotNull(message = "a JSON body is required") @Valid RunRequest request) {
        return service.run(request.creditorId(), YearMonth.parse(request.month()));
    }
}
