package ch.so.integration.iiz.iizcase;

/** How a person comes into the iiz network (IZ-02, IZ-03). From the situation analysis on both are one process. */
public enum RegistrationPath {
    /** 1a (IZ-02): a social-assistance body registers via the iiz specialists of the cantonal social office. */
    SOCIAL_ASSISTANCE,
    /** 1b (IZ-03): a partner institution (RAV, IV office, career information centre, career centre) registers. */
    PARTNER_INSTITUTION
}
