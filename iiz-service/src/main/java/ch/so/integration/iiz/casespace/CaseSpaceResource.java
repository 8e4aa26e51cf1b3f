package ch.so.integration.iiz.casespace;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.iiz.casespace.api.ActivityView;
import ch.so.integration.iiz.casespace.api.AddCommentRequest;
import ch.so.integration.iiz.casespace.api.CommentView;
import ch.so.integration.iiz.casespace.api.DocumentContent;
import ch.so.integration.iiz.casespace.api.DocumentView;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * IZ-06: the shared case space of a case team. Open to the case's members only: a partner outside the team gets 404,
 * a member whose institution the Vollmacht does not cover 403 (IZ-01).
 */
@Path("/cases")
@Tag(name = "Case space")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.IIZ_COORDINATOR, Roles.PARTNER, Roles.CASEWORKER, Roles.ADMIN})
public class CaseSpaceResource {

    private final CaseSpaceService service;

    CaseSpaceResource(CaseSpaceService service) {
        this.service = service;
    }

    @POST
    @Path("/{caseId}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Add a document: the body is the file, Content-Type its media type, ?name= its file name (IZ-06)")
    @APIResponse(responseCode = "201", description = "Stored with its SHA-256 (or replayed for a repeated Idempotency-Key)")
    @APIResponse(responseCode = "413", description = "Larger than the case space accepts")
    @APIResponse(responseCode = "415", description = "A media type the case space does not accept, or content not of it")
    public Response addDocument(@PathParam("caseId") UUID caseId,
                                @Parameter(description = "The file name, e.g. Bericht-RAV.pdf") @QueryParam("name") String name,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                byte[] content,
                                @Parameter(description = "Makes retries safe: same key and body, same answer")
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.addDocument(caseId, name, contentType, content, idempotencyKey)
                .created("cases/" + caseId + "/documents");
    }

    @GET
    @Path("/{caseId}/documents")
    @Operation(summary = "The case's documents, newest first (IZ-06)")
    public Page<DocumentView> documents(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.documents(caseId, page);
    }

    @GET
    @Path("/{caseId}/documents/{id}")
    @Operation(summary = "A document's description (IZ-06)")
    public DocumentView document(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return service.document(caseId, id);
    }

    @GET
    @Path("/{caseId}/documents/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "A document's bytes, as stored (IZ-06)")
    public Response content(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        DocumentContent content = service.content(caseId, id);
        String ascii = content.name().replaceAll("[^A-Za-z0-9._ -]", "_").replace("\"", "_");
        String encoded = java.net.URLEncoder.encode(content.name(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(content.bytes(), content.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Repr-Digest", "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                        java.util.HexFormat.of().parseHex(content.sha256())) + ":")
                .build();
    }

    @POST
    @Path("/{caseId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a comment (IZ-06)")
    @APIResponse(responseCode = "201", description = "Added (or replayed for a repeated Idempotency-Key)")
    public Response addComment(@PathParam("caseId") UUID caseId,
                               @NotNull(message = "a JSON body is required") @Valid AddCommentRequest request,
                               @Parameter(description = "Makes retries safe: same key and body, same answer")
                               @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return service.addComment(caseId, request, idempotencyKey).created("cases/" + caseId + "/comments");
    }

    @GET
    @Path("/{caseId}/comments")
    @Operation(summary = "The case's comments, newest first (IZ-06)")
    public Page<CommentView> comments(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.comments(caseId, page);
    }

    @GET
    @Path("/{caseId}/activity")
    @Operation(summary = "Everything that happened in the case, newest first: kind, item, who (IZ-06)")
    public Page<ActivityView> activity(@PathParam("caseId") UUID caseId, @Valid @BeanParam PageQuery page) {
        return service.activity(caseId, page);
    }
}
