package ch.so.integration.intake.programme;

/** A point in WGS84 degrees, and great-circle distances between points. */
public record Coordinates(double latitude, double longitude) {

    /** The mean earth radius (IUGG), in km. The search computes the same formula in SQL with it. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private static final double KM_PER_DEGREE_LATITUDE = Math.PI * EARTH_RADIUS_KM / 180;

    public Coordinates {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }

    /** A rectangle in degrees; {@link #around} makes one that contains every point within a radius. */
    public record BoundingBox(double minLatitude, double maxLatitude, double minLongitude, double maxLongitude) {
    }

    /** Great-circle (haversine) distance in km. */
    public double distanceKm(Coordinates other) {
        double phi1 = Math.toRadians(latitude);
        double phi2 = Math.toRadians(other.latitude);
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(other.longitude - longitude);
        double a = Math.pow(Math.sin(deltaPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /**
     * The smallest latitude/longitude rectangle that surely holds every point within {@code radiusKm}: a cheap,
     * indexable prefilter before the exact distance. Valid away from the poles and the date line (Switzerland).
     */
    public BoundingBox around(double radiusKm) {
        double deltaLatitude = radiusKm / KM_PER_DEGREE_LATITUDE;
        double widestLatitude = Math.min(89.9, Math.abs(latitude) + deltaLatitude);
        double deltaLongitude = radiusKm / (KM_PER_DEGREE_LATITUDE * Math.cos(Math.toRadians(widestLatitude)));
        return new BoundingBox(latitude - deltaLatitude, latitude + deltaLatitude,
                longitude - deltaLongitude, longitude + deltaLongitude);
    }
}
