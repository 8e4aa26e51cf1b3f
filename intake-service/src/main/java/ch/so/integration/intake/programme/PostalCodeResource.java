package ch.so.integration.intake.programme;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.intake.programme.api.PostalCodeImportSummary;
import ch.so.integration.intake.programme.api.PostalCodeView;
import ch.so.integration.platform.auth.Roles;

@Path("/postal-codes")
@Tag(name = "Programme catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class PostalCodeResource {

    static final String TEXT_CSV = "text/csv";

    private final PostalCodeService service;

    PostalCodeResource(PostalCodeService service) {
        this.service = service;
    }

    @POST
    @Path("/import")
    @Consumes(TEXT_CSV)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Import postal-code coordinates for the programme search (AM-04)",
            description = "Body: the GeoNames postal-code CSV (header country_code,zipcode,place,state,state_code,"
                    + "province,province_code,community,community_code,latitude,longitude; UTF-8). Known rows are "
                    + "updated, new ones added; rows without coordinates or with invalid values are skipped and "
                    + "listed. Postal code data © GeoNames, CC BY 4.0 (www.geonames.org).")
    public PostalCodeImportSummary importCsv(@RequestBody(description = "GeoNames postal-code CSV")
                                             @NotNull(message = "a CSV body is required") InputStream csv) {
        return service.importCsv(new InputStreamReader(csv, StandardCharsets.UTF_8));
    }

    @GET
    @Path("/{zipcode}")
    @RolesAllowed({Roles.INTAKE, Roles.CASEWORKER, Roles.PARTNER, Roles.ADMIN})
    @Operation(summary = "A postal code's places and coordinates",
            description = "Postal code data © GeoNames, CC BY 4.0.")
    public PostalCodeView get(@PathParam("zipcode")
                              @Pattern(regexp = PostalCodeEntry.ZIPCODE_PATTERN,
                                      message = "must be a Swiss postal code (4 digits)") String zipcode) {
        return service.get(zipcode);
    }
}
