package ch.so.integration.segmentation.controlling;

/** SG-02: the four segments, as the controlling reports them. */
public enum Segment {
    A, V, O, S
}
