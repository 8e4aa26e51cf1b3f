package ch.so.integration.billing.invoice;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.billing.invoice.api.InvoiceSummary;
import ch.so.integration.billing.invoice.api.InvoiceView;
import ch.so.integration.billing.invoice.document.EvidenceExport;
import ch.so.integration.billing.invoice.document.InvoiceExports;
import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.web.ProblemException;

@Path("/invoices")
@Tag(name = "Invoices")
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private final InvoiceService service;

    InvoiceResource(InvoiceService service) {
        this.service = service;
    }

    @GET
        @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "Issued invoices, corrections and credit notes (paged, newest first)",
            description = "Partners see their own creditors' documents only.")
    public Page<InvoiceSummary> list(@QueryParam("creditorId") UUID creditorId, @QueryParam("month") YearMonth month,
                                     @QueryParam("kind") InvoiceKind kind, @Valid @BeanParam PageQuery page) {
        return service.list(creditorId, month, kind, page);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "An issued document with its lines, each with its rule and arithmetic")
    public InvoiceView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.CANTON, Roles.PARTNER})
    @Operation(summary = "The PDF as issued (with the Swiss QR-bill where the debtor pays by transfer)",
            description = "The ETag is the SHA-256 of the issued PDF; it never changes.")
    public Response document(@PathParam("id") UUID id) {
        InvoiceService.IssuedPdf pdf = service.document(id);
        return Response.ok(pdf.pdf()).header("ETag", "\"" + pdf.sha256() + "\"")
                .header("Content-Disposition", "inline; filename=\"rechnung-" + pdf.number() + ".pdf\"").build();
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "A month's documents as CSV, one row per line (semicolons, UTF-8 with BOM)")
    public Response csv(@QueryParam("month") YearMonth month, @QueryParam("creditorId") UUID creditorId) {
        return Response.ok(InvoiceExports.csv(service.documents(creditorId, required(month), null)))
                .header("Content-Disposition", "attachment; filename=\"rechnungen-" + month + ".csv\"").build();
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN, Roles.PARTNER})
    @Operation(summary = "A month's documents as an Excel workbook (invoices and lines)")
    public Response xlsx(@QueryParam("month") YearMonth month, @QueryParam("creditorId") UUID creditorId) {
        return Response.ok(InvoiceExports.xlsx(service.documents(creditorId, required(month), null)))
                .header("Content-Disposition", "attachment; filename=\"rechnungen-" + month + ".xlsx\"").build();
    }

    @GET
    @Path("export/evidence")
    @RolesAllowed({Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "The AGS part of a month for the Evidence adapter (structured JSON)",
            description = "The documents whose debtor is the AGS (DC-07, DC-09), with each participant's reference.")
    public Response evidence(@QueryParam("month") YearMonth month, @QueryParam("creditorId") UUID creditorId) {
        return Response.ok(EvidenceExport.json(service.documents(creditorId, required(month), List.of(PayerRole.AGS))),
                MediaType.APPLICATION_JSON).build();
    }

    private static YearMonth required(YearMonth month) {
        if (month == null) {
            throw ProblemException.invalidField("month", "is required (YYYY-MM)");
        }
        return month;
    }
}
