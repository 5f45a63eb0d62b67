package io.diameterharness.junit;

/**
 * Attached to a failed test's exception as a suppressed exception: the ladder diagram of each
 * fake peer's conversation, so that the failure output shows what was exchanged.
 */
public final class DiameterConversation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The conversation text. */
    public DiameterConversation(String ladders) {
        super(ladders, null, false, false);
    }

    @Override
    public String toString() {
        return "Diameter conversation:" + getMessage();
    }
}
