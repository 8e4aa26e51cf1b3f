package ch.so.integration.daycenter.place;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.daycenter.place.api.PlaceView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/places")
@Tag(name = "Places")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.DAY_CENTER_LEAD, Roles.INTAKE, Roles.ADMIN})
public class PlaceResource {

    private final PlaceService service;

    PlaceResource(PlaceService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Participants' places, by start date")
    public Page<PlaceView> list(@Valid @BeanParam PageQuery page) {
        return service.list(page);
    }

    @GET
    @Path("/{placementId}")
    @Operation(summary = "The place of one placement, with its history")
    public PlaceView get(@PathParam("placementId") UUID placementId) {
        return service.get(placementId);
    }

    @jakarta.ws.rs.PUT
    @Path("/{placementId}/case-manager")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DAY_CENTER_LEAD, Roles.ADMIN})
    @Operation(summary = "Assign the participant's case manager (account name), who may see their incidents (DC-17)")
    public PlaceView assignCaseManager(@PathParam("placementId") UUID placementId,
                                       @jakarta.validation.constraints.NotNull(message = "a JSON body is required")
                                       @Valid CaseManagerRequest request) {
        return service.assignCaseManager(placementId, request.caseManager());
    }

    /** The case manager's account name (the {@code preferred_username} of their token). */
    public record CaseManagerRequest(
            @jakarta.validation.constraints.NotBlank(message = "is required")
            @jakarta.validation.constraints.Size(max = 100, message = "must be at most 100 characters")
            String caseManager) {
    }
}
