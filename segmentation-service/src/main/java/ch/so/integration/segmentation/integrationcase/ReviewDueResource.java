package ch.so.integration.segmentation.integrationcase;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.segmentation.integrationcase.api.DueReviewView;

@Path("/reviews")
@Tag(name = "Integration cases")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewDueResource {

    private final IntegrationCaseService service;

    ReviewDueResource(IntegrationCaseService service) {
        this.service = service;
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Reviews due by a day (default today) or overdue, per social region and / or caseworker, "
            + "earliest first (SG-04)")
    public Page<DueReviewView> due(@QueryParam("socialRegion") String socialRegion,
                                   @QueryParam("caseworker") String caseworker,
                                   @QueryParam("dueBy") LocalDate dueBy,
                                   @QueryParam("overdue") boolean overdueOnly,
                                   @Valid @BeanParam PageQuery page) {
        return service.due(dueBy, socialRegion, caseworker, overdueOnly, page);
    }
}
