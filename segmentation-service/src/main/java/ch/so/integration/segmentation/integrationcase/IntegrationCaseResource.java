package ch.so.integration.segmentation.integrationcase;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.segmentation.integrationcase.api.AssignMeasureRequest;
import ch.so.integration.segmentation.integrationcase.api.CaseView;
import ch.so.integration.segmentation.integrationcase.api.CloseRequest;
import ch.so.integration.segmentation.integrationcase.api.DetachRequest;
import ch.so.integration.segmentation.integrationcase.api.EndMeasureRequest;
import ch.so.integration.segmentation.integrationcase.api.FinalReviewRequest;
import ch.so.integration.segmentation.integrationcase.api.IntakeStepRequest;
import ch.so.integration.segmentation.integrationcase.api.OpenCaseRequest;
import ch.so.integration.segmentation.integrationcase.api.PromptReviewRequest;
import ch.so.integration.segmentation.integrationcase.api.ReviewRequest;
import ch.so.integration.segmentation.integrationcase.api.SegmentationRequest;
import ch.so.integration.segmentation.integrationcase.api.StoredDocument;
import ch.so.integration.segmentation.integrationcase.api.WithdrawRequest;

/**
 * Integration cases (SG-01..SG-10). Caseworkers and admins; tokens carry no social region, so any caseworker may
 * work on any case (the case's caseworker field is informational; see the README).
 */
@Path("/cases")
@Tag(name = "Integration cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IntegrationCaseResource {

    private static final String KEY = "Makes retries safe: same key and body, same answer";

    private final IntegrationCaseService service;

    IntegrationCaseResource(IntegrationCaseService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Open an integration case for a person intake registered (SG-01; publishes CaseOpened)")
    @APIResponse(responseCode = "201", description = "Opened (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "duplicate: the person has a case that is not closed")
    public Response open(@NotNull(message = "a JSON body is required") @Valid OpenCaseRequest request,
                         @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.open(request, idempotencyKey).created("cases");
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A case with its intake steps, segment decisions, measures and reviews")
    public CaseView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A person's cases, newest first")
    public Page<CaseView> ofPerson(@QueryParam("personId") @NotNull(message = "is required") UUID personId,
                                   @Valid @BeanParam PageQuery page) {
        return service.ofPerson(personId, page);
    }

    @POST
    @Path("/{id}/intake-steps")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Record the next step of process 2010 (SG-01)")
    @APIResponse(responseCode = "409", description = "rule-violation SG-01: out of order; `expectedStep` names the next")
    public Response intakeStep(@PathParam("id") UUID id,
                               @NotNull(message = "a JSON body is required") @Valid IntakeStepRequest request,
                               @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.recordIntakeStep(id, request, idempotencyKey).ok();
    }

    @POST
    @Path("/{id}/segmentation")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The initial segmentation after the short assessment (SG-01..SG-04; publishes "
            + "SegmentAssigned). Without a segment, O is taken (the default when unclear)")
    @APIResponse(responseCode = "409", description = "rule-violation SG-01 (short assessment missing), SG-02/SG-03 "
            + "(reason), SG-04 (validity)")
    public Response segment(@PathParam("id") UUID id,
                            @NotNull(message = "a JSON body is required") @Valid SegmentationRequest request,
                            @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.segment(id, request, idempotencyKey).ok();
    }

    @POST
    @Path("/{id}/measures")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Assign a measure the segment admits (SG-05)")
    @APIResponse(responseCode = "409", description = "rule-violation SG-05: the segment excludes the measure")
    public Response assignMeasure(@PathParam("id") UUID id,
                                  @NotNull(message = "a JSON body is required") @Valid AssignMeasureRequest request,
                                  @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.assignMeasure(id, request, idempotencyKey).ok();
    }

    @POST
    @Path("/{id}/measures/{measureId}/end")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "End a measure")
    public CaseView endMeasure(@PathParam("id") UUID id, @PathParam("measureId") UUID measureId,
                               @NotNull(message = "a JSON body is required") @Valid EndMeasureRequest request) {
        return service.endMeasure(id, measureId, request);
    }

    @POST
    @Path("/{id}/prompt-review")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A person in A is not a self-runner: the review falls due at once (SG-04; publishes "
            + "ReviewDue)")
    public CaseView promptReview(@PathParam("id") UUID id,
                                 @NotNull(message = "a JSON body is required") @Valid PromptReviewRequest request) {
        return service.requestPromptReview(id, request);
    }

    @POST
    @Path("/{id}/reviews")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Hold a review: evaluate every goal, weigh situation and labour market, keep or change the "
            + "segment (SG-07, SG-08); the file note is stored. Publishes SegmentConfirmed or SegmentChanged")
    @APIResponse(responseCode = "200", description = "Recorded; the evaluation, decision, measures to end and the "
            + "file note's reference")
    @APIResponse(responseCode = "409", description = "rule-violation SG-06 (no signed goal agreement), SG-07 (goals "
            + "not evaluated), SG-08 (move not allowed), SG-04 (validity)")
    public Response review(@PathParam("id") UUID id,
                           @NotNull(message = "a JSON body is required") @Valid ReviewRequest request,
                           @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.review(id, request, idempotencyKey).ok();
    }

    @POST
    @Path("/{id}/final-review")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The final review at the end of aftercare (SG-09); the file note is stored")
    public Response finalReview(@PathParam("id") UUID id,
                                @NotNull(message = "a JSON body is required") @Valid FinalReviewRequest request,
                                @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.finalReview(id, request, idempotencyKey).ok();
    }

    @GET
    @Path("/{id}/file-notes/{noteId}")
    @Produces("application/pdf")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "A review's file note (Aktennotiz) as stored, PDF (SG-07)")
    public Response fileNote(@PathParam("id") UUID id, @PathParam("noteId") UUID noteId) {
        StoredDocument note = service.fileNote(id, noteId);
        return Response.ok(note.content(), "application/pdf").header("Digest", "sha-256=" + note.sha256())
                .header("X-Document-Type", note.documentType())
                .header("Content-Disposition", "inline; filename=\"aktennotiz-" + noteId + ".pdf\"").build();
    }

    @POST
    @Path("/{id}/detachment")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The person left assistance (SG-09, SG-10; publishes CaseDetached). After professional "
            + "integration, aftercare of 6 months follows")
    public Response detach(@PathParam("id") UUID id,
                           @NotNull(message = "a JSON body is required") @Valid DetachRequest request,
                           @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.detach(id, request, idempotencyKey).ok();
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "End a case during intake, before any segment (SG-01; publishes CaseDetached): reason "
            + "NOT_ENTITLED (the check found no entitlement and the person is not followed as prevention), "
            + "SUBSIDIARITY (handed on), WITHDRAWN (the person withdrew) or OTHER. The case is DETACHED and may be "
            + "closed; the person may then get a new case")
    @APIResponse(responseCode = "409", description = "rule-violation SG-01 (not in intake) or SG-11 (NOT_ENTITLED "
            + "without a check that found no entitlement)")
    public Response withdraw(@PathParam("id") UUID id,
                             @NotNull(message = "a JSON body is required") @Valid WithdrawRequest request,
                             @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.withdraw(id, request, idempotencyKey).ok();
    }

    @POST
    @Path("/{id}/closure")
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "Close the case (SG-10; publishes CaseClosed): at the earliest 6 months after integration, "
            + "after the final review")
    @APIResponse(responseCode = "409", description = "rule-violation SG-10 (too early) or SG-09 (no final review)")
    public Response close(@PathParam("id") UUID id,
                          @NotNull(message = "a JSON body is required") @Valid CloseRequest request,
                          @Parameter(description = KEY) @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.close(id, request, idempotencyKey).ok();
    }
}
