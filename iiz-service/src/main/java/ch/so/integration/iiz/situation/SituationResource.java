package ch.so.integration.iiz.situation;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.iiz.situation.api.AddFactRequest;
import ch.so.integration.iiz.situation.api.AnswerRequest;
import ch.so.integration.iiz.situation.api.ClientViewRequest;
import ch.so.integration.iiz.situation.api.FactView;
import ch.so.integration.iiz.situation.api.ReportSummary;
import ch.so.integration.iiz.situation.api.SituationReportContent;
import ch.so.integration.iiz.situation.api.SituationView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** IZ-04 situation analysis of a case; for the case's members only (404 outside the team, 403 IZ-01). */
@Path("/cases")
@Tag(name = "Situation analysis")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
public class SituationResource {

    private final SituationService service;

    SituationResource(SituationService service) {
        this.service = service;
    }

    @GET
    @Path("/{caseId}/situation")
    @Operation(summary = "The situation analysis so far: the ten topics, what is missing, facts, client's view (IZ-04)")
    public SituationView get(@PathParam("caseId") UUID caseId) {
        return service.get(caseId);
    }

    @PUT
    @Path("/{caseId}/situation/questionnaire")
    @Operation(summary = "The social-assistance body's answers to topics of the questionnaire (IZ-04)")
    @APIResponse(responseCode = "200", description = "Recorded; the situation analysis as it is now")
    @APIResponse(responseCode = "403", description = "IZ-04: a partner institution adds facts, not answers")
    public SituationView answer(@PathParam("caseId") UUID caseId,
                                @NotNull(message = "a JSON body is required") @Valid AnswerRequest request) {
        return service.answer(caseId, request);
    }

    @POST
    @Path("/{caseId}/situation/facts")
    @Operation(summary = "Add the caller's institution's facts on the client's situation (IZ-04)")
    @APIResponse(responseCode = "201", description = "Added (or replayed for a repeated Idempotency-Key)")
    public Response addFact(@PathParam("caseId") UUID caseId,
                            @NotNull(message = "a JSON body is required") @Valid AddFactRequest request,
                            @Parameter(description = "Makes retries safe: same key and body, same answer")
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.addFact(caseId, request, idempotencyKey).created("cases/" + caseId + "/situation/facts");
    }

    @GET
    @Path("/{caseId}/situation/facts")
    @Operation(summary = "The institutions' facts, oldest first (IZ-04)")
    public Page<FactView> facts(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.facts(caseId, page);
    }

    @PUT
    @Path("/{caseId}/situation/client-view")
    @Operation(summary = "The client's own view from the talk with the coordinator (IZ-04; coordinator)")
    public SituationView clientView(@PathParam("caseId") UUID caseId,
                                    @NotNull(message = "a JSON body is required") @Valid ClientViewRequest request) {
        return service.recordClientView(caseId, request);
    }

    @POST
    @Path("/{caseId}/situation/reports")
    @Operation(summary = "Issue the structured situation report (JSON and PDF) and send it to the social office "
            + "(IZ-04; coordinator; publishes SituationReportIssued)")
    @APIResponse(responseCode = "201", description = "Issued (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "409", description = "rule-violation IZ-04: topics unanswered (`missingTopics`) or no facts")
    public Response issue(@PathParam("caseId") UUID caseId,
                          @Parameter(description = "Makes retries safe: same key, same answer")
                          @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.issue(caseId, idempotencyKey).created("cases/" + caseId + "/situation/reports");
    }

    @GET
    @Path("/{caseId}/situation/reports")
    @Operation(summary = "The issued situation reports, newest first (IZ-04)")
    public Page<ReportSummary> reports(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.reports(caseId, page);
    }

    @GET
    @Path("/{caseId}/situation/reports/{id}")
    @Operation(summary = "A situation report as issued, structured (IZ-04)")
    public SituationReportContent report(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return service.report(caseId, id);
    }

    @GET
    @Path("/{caseId}/situation/reports/{id}/document")
    @Produces("application/pdf")
    @Operation(summary = "A situation report as issued, as PDF (IZ-04)")
    public Response document(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return Response.ok(service.document(caseId, id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"situationsbeschreibung-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
