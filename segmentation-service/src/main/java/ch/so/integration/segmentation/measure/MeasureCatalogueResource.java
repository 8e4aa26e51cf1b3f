package ch.so.integration.segmentation.measure;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import ch.so.integration.platform.auth.Roles;
import ch.so.integration.segmentation.integrationcase.Segment;
import ch.so.integration.segmentation.measure.api.MeasureTypeView;

/** The measure catalogue with the per-segment matrix (SG-05). No personal data. */
@Path("/measure-types")
@Tag(name = "Measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureCatalogueResource {

    @GET
    @RolesAllowed({Roles.CASEWORKER, Roles.ADMIN})
    @Operation(summary = "The measure types and which segments admit them (SG-05)")
    public List<MeasureTypeView> catalogue() {
        MeasureMatrix matrix = MeasureMatrix.standard();
        return Arrays.stream(MeasureType.values()).map(type -> {
            Map<Segment, Admissibility> row = new EnumMap<>(Segment.class);
            for (Segment segment : Segment.values()) {
                row.put(segment, matrix.admissibility(type, segment));
            }
            return new MeasureTypeView(type, type.label(), row);
        }).toList();
    }
}
