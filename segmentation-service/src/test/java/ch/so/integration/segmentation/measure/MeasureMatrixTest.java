package ch.so.integration.segmentation.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.web.ProblemException;
import ch.so.integration.segmentation.integrationcase.Segment;

class MeasureMatrixTest {

    private final MeasureMatrix matrix = MeasureMatrix.standard();

    @Test
    @DisplayName("SG-05 A: counselling, subsidiarity, RAV and placement only")
    void segmentA() {
        assertThat(admitted(Segment.A)).containsExactly(MeasureType.COUNSELLING,
                MeasureType.SUBSIDIARITY_ENFORCEMENT, MeasureType.RAV_COOPERATION, MeasureType.PLACEMENT_SUPPORT);
    }

    @Test
    @DisplayName("SG-05 V: A's plus labour-market integration, clarification, qualification, coaching; social "
            + "measures only as an exception; no IV contact")
    void segmentV() {
        assertThat(admitted(Segment.V)).contains(MeasureType.RAV_COOPERATION, MeasureType.LABOUR_MARKET_INTEGRATION,
                MeasureType.PRACTICAL_ASSESSMENT, MeasureType.IN_DEPTH_POTENTIAL_ASSESSMENT,
                MeasureType.QUALIFICATION, MeasureType.INTEGRATION_COACHING);
        for (MeasureType t : List.of(MeasureType.SOCIAL_INTEGRATION, MeasureType.STABILISATION,
                MeasureType.OCCUPATION, MeasureType.TEST_WORKPLACE)) {
            assertThat(matrix.admissibility(t, Segment.V)).isEqualTo(Admissibility.EXCEPTION_ONLY);
        }
        assertThat(matrix.admissibility(MeasureType.IV_CONTACT, Segment.V)).isEqualTo(Admissibility.EXCLUDED);
    }

    @Test
    @DisplayName("SG-05 O: clarification, IV, social measures and test workplaces; no RAV, coaching or placement")
    void segmentO() {
        assertThat(matrix.excludedIn(Segment.O)).contains(MeasureType.RAV_COOPERATION,
                MeasureType.INTEGRATION_COACHING, MeasureType.PLACEMENT_SUPPORT);
        assertThat(admitted(Segment.O)).contains(MeasureType.IN_DEPTH_POTENTIAL_ASSESSMENT, MeasureType.IV_CONTACT,
                MeasureType.SOCIAL_INTEGRATION, MeasureType.STABILISATION, MeasureType.OCCUPATION,
                MeasureType.TEST_WORKPLACE);
    }

    @Test
    @DisplayName("SG-05 S: nothing aimed at professional integration")
    void segmentS() {
        assertThat(matrix.excludedIn(Segment.S)).contains(MeasureType.RAV_COOPERATION, MeasureType.PLACEMENT_SUPPORT,
                MeasureType.LABOUR_MARKET_INTEGRATION, MeasureType.QUALIFICATION, MeasureType.INTEGRATION_COACHING,
                MeasureType.TEST_WORKPLACE, MeasureType.PRACTICAL_ASSESSMENT);
        assertThat(admitted(Segment.S)).contains(MeasureType.STABILISATION, MeasureType.SOCIAL_INTEGRATION);
    }

    @Test
    @DisplayName("SG-05 a measure the segment excludes is refused citing SG-05; an exception needs a justification")
    void refusals() {
        assertThatThrownBy(() -> matrix.checkAssignable(MeasureType.INTEGRATION_COACHING, Segment.A, null))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().rule()).isEqualTo("SG-05");
                    assertThat(e.problem().errors().getFirst().field()).isEqualTo("type");
                });
        assertThatThrownBy(() -> matrix.checkAssignable(MeasureType.OCCUPATION, Segment.V, " "))
                .isInstanceOfSatisfying(ProblemException.class, e ->
                        assertThat(e.problem().errors().getFirst().field()).isEqualTo("justification"));
        matrix.checkAssignable(MeasureType.OCCUPATION, Segment.V, "Tagesstruktur vor Qualifizierung");
        matrix.checkAssignable(MeasureType.COUNSELLING, Segment.S, null);
    }

    @Test
    @DisplayName("SG-05 the table must name every measure type and segment with yes, exception or no")
    void brokenTables() {
        assertThatThrownBy(() -> MeasureMatrix.parse(List.of("type;A;V;O;S", "COUNSELLING;yes;yes;yes;yes")))
                .hasMessageContaining("is missing");
        assertThatThrownBy(() -> MeasureMatrix.parse(List.of("type;A;V;O", "COUNSELLING;yes;yes;yes")))
                .hasMessageContaining("each segment once");
        assertThatThrownBy(() -> MeasureMatrix.parse(List.of("type;A;V;O;S", "COUNSELLING;yes;maybe;yes;yes")))
                .hasMessageContaining("maybe");
    }

    private List<MeasureType> admitted(Segment segment) {
        return java.util.Arrays.stream(MeasureType.values())
                .filter(t -> matrix.admissibility(t, segment) == Admissibility.ADMITTED).toList();
    }
}
