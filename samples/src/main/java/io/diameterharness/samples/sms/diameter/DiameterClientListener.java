package io.diameterharness.samples.sms.diameter;

/**
 * Receives the Diameter client's {@link ClientEvent}s. Called on the client's I/O thread: it must
 * return quickly and never block. An exception thrown here is logged and otherwise ignored.
 */
@FunctionalInterface
public interface DiameterClientListener {

    /** A listener that ignores every event. */
    DiameterClientListener NONE = event -> { };

    /**
     * @param event what happened
     */
    void onEvent(ClientEvent event);
}
