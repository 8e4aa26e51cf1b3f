package ch.so.integration.daycenter.concern;

/** DC-18: what a concern is about: the institution, one of its areas, or a staff member (seed 000 §12). */
public enum ConcernAbout {
    INSTITUTION,
    AREA,
    STAFF_MEMBER
}
