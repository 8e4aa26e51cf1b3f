package ch.so.integration.intake.placement;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.placement.api.ChangePlacementRequest;
import ch.so.integration.intake.placement.api.CourseStepRequest;
import ch.so.integration.intake.placement.api.CreatePlacementRequest;
import ch.so.integration.intake.placement.api.ExitRequest;
import ch.so.integration.intake.placement.api.PlacementView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

@Path("/placements")
@Tag(name = "Placements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlacementResource {

    private final PlacementService service;

    PlacementResource(PlacementService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Place a person (publishes PlacementCreated and FinancingInstrumentRequested)",
            description = "Checks who may go where (DC-05, DC-07..DC-09, DC-15, AM-02, PG-01, PG-02), determines the "
                    + "financing instrument and debtor, requests the instrument and drafts the agreement. The "
                    + "placement stays PENDING until it is started.")
    @APIResponse(responseCode = "201", description = "Created (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "A rule refuses the placement; the problem cites it")
    public Response create(@NotNull(message = "a JSON body is required") @Valid CreatePlacementRequest request,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        Idempotency.Result<PlacementView> result = service.create(request, idempotencyKey);
        return result.created("placements");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INTAKE, Roles.DAY_CENTER_STAFF, Roles.BILLING, Roles.ADMIN})
    @Operation(summary = "A placement by id, with financing, agreement and mutations")
    public PlacementView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "A person's placements, newest start first")
    public Page<PlacementView> ofPerson(@QueryParam("personId") @NotNull(message = "is required") UUID personId,
                                        @Valid @BeanParam PageQuery page) {
        return service.ofPerson(personId, page);
    }

    @POST
    @Path("/{id}/activation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Start the placement (publishes PlacementActivated)",
            description = "Only with a granted financing instrument valid on the start date (DC-14, AM-05, PG-05) "
                    + "and a signed agreement (DC-12).")
    public PlacementView activate(@PathParam("id") UUID id) {
        return service.activate(id);
    }

    @POST
    @Path("/{id}/mutations")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record a mutation with its effective date (publishes PlacementChanged)",
            description = "Pensum, work areas, setting (transfer) or day structure; areas and settings through the "
                    + "assessment (DC-15). Financing is re-determined after a setting change or on request.")
    public PlacementView change(@PathParam("id") UUID id,
                                @NotNull(message = "a JSON body is required") @Valid ChangePlacementRequest request) {
        return service.change(id, request);
    }

    @POST
    @Path("/{id}/course")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Record the next stage of an AMI programme's course (AM-03)",
            description = "Situation analysis, goal agreement, action plan, implementation, evaluation, final talk, in "
                    + "order. The final talk issues the report and the participation confirmation and sets the "
                    + "follow-up; a programme exits as COMPLETED only after it.")
    public PlacementView recordCourseStage(@PathParam("id") UUID id,
                                           @NotNull(message = "a JSON body is required") @Valid CourseStepRequest request) {
        return service.recordCourseStage(id, request);
    }

    @POST
    @Path("/{id}/exit")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "End the placement (publishes PlacementEnded)",
            description = "Notice by a party keeps the agreement's notice period (DC-13); a pending placement is "
                    + "cancelled.")
    public PlacementView exit(@PathParam("id") UUID id,
                              @NotNull(message = "a JSON body is required") @Valid ExitRequest request) {
        return service.exit(id, request);
    }

    @GET
    @Path("/capacities")
    @RolesAllowed({Roles.INTAKE, Roles.DAY_CENTER_STAFF, Roles.ADMIN})
    @Operation(summary = "Day-center place capacities per IVSE B setting and the places taken")
    public List<PlacementService.PlaceCapacityView> capacities() {
        return service.capacities();
    }

    @PUT
    @Path("/capacities/{type}")
    @RolesAllowed({Roles.INTAKE, Roles.ADMIN})
    @Operation(summary = "Set the number of day-center places of an IVSE B setting (DC-08)")
    public PlacementService.PlaceCapacityView setCapacity(@PathParam("type") PlacementType type,
                                                          @NotNull(message = "a JSON body is required") @Valid CapacityRequest request) {
        return service.setCapacity(type, request.places());
    }

    public record CapacityRequest(@NotNull(message = "is required") @Min(value = 0, message = "must not be negative")
                                  @Max(value = 1000, message = "must be at most 1000") Integer places) {
    }
}
