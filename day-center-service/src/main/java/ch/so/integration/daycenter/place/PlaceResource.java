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
@RolesAllowed({Roles.DAY_CENTER_STAFF, Roles.INTAKE, Roles.ADMIN})
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
}
