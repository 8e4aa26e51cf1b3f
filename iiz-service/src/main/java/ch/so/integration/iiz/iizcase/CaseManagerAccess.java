package ch.so.integration.iiz.iizcase;

/** IZ-06: the social office's case manager gets access to the case space on request, granted by the coordinator. */
public enum CaseManagerAccess {
    NONE, REQUESTED, GRANTED
}
