package ch.so.integration.intake.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CoordinatesTest {

    // GeoNames coordinates of the postal codes
    static final Coordinates SOLOTHURN_4500 = new Coordinates(47.2062, 7.5295);
    static final Coordinates OLTEN_4600 = new Coordinates(47.3458, 7.9009);
    static final Coordinates GRENCHEN_2540 = new Coordinates(47.1972, 7.3876);
    static final Coordinates GENEVE_1201 = new Coordinates(46.2107, 6.1469);
    static final Coordinates CHUR_7000 = new Coordinates(46.8528, 9.5299);

    @Test
    @DisplayName("AM-04 haversine: Solothurn 4500 to Olten 4600 is about 32 km, both ways")
    void solothurnOlten() {
        double km = SOLOTHURN_4500.distanceKm(OLTEN_4600);
        assertThat(km).isBetween(30.0, 35.0).isCloseTo(32.0, within(0.2));
        assertThat(OLTEN_4600.distanceKm(SOLOTHURN_4500)).isCloseTo(km, within(1e-9));
    }

    @Test
    @DisplayName("AM-04 haversine: known distances across Switzerland, and zero to itself")
    void knownDistances() {
        assertThat(SOLOTHURN_4500.distanceKm(GRENCHEN_2540)).isCloseTo(10.8, within(0.3));
        // Geneva to Chur, about 268 km as the crow flies
        assertThat(GENEVE_1201.distanceKm(CHUR_7000)).isBetween(260.0, 275.0);
        assertThat(SOLOTHURN_4500.distanceKm(SOLOTHURN_4500)).isZero();
    }

    @Test
    @DisplayName("AM-04 the bounding box holds every point within the radius, in each direction")
    void boundingBox() {
        Coordinates.BoundingBox box = SOLOTHURN_4500.around(20);
        for (int bearing = 0; bearing < 360; bearing += 15) {
            Coordinates edge = pointAt(SOLOTHURN_4500, 19.999, bearing);
            assertThat(SOLOTHURN_4500.distanceKm(edge)).isCloseTo(19.999, within(0.01));
            assertThat(edge.latitude()).isBetween(box.minLatitude(), box.maxLatitude());
            assertThat(edge.longitude()).isBetween(box.minLongitude(), box.maxLongitude());
        }
        // and it is tight: about 20 km in latitude each way
        assertThat((box.maxLatitude() - box.minLatitude()) / 2 * 111.195).isCloseTo(20.0, within(0.1));
        assertThat(box.maxLongitude()).isLessThan(OLTEN_4600.longitude());
    }

    @Test
    @DisplayName("coordinates out of range are refused")
    void range() {
        assertThatThrownBy(() -> new Coordinates(91, 7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Coordinates(47, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The destination point at a distance and bearing (spherical earth). */
    private static Coordinates pointAt(Coordinates start, double km, double bearingDegrees) {
        double delta = km / Coordinates.EARTH_RADIUS_KM;
        double theta = Math.toRadians(bearingDegrees);
        double phi1 = Math.toRadians(start.latitude());
        double lambda1 = Math.toRadians(start.longitude());
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta));
        double lambda2 = lambda1 + Math.atan2(Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        return new Coordinates(Math.toDegrees(phi2), Math.toDegrees(lambda2));
    }
}
