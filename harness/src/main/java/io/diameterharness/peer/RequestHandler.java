package io.diameterharness.peer;

/**
 * The hook every inbound request passes through, base protocol requests (CER, DWR, DPR) included.
 * It runs on the connection's event loop and must not block: it acts on the {@link InboundRequest}
 * (answer now or later, drop, close, reset, stop reading, write raw bytes) or delegates to the
 * peer's built-in handling with {@link InboundRequest#answerByDefault()}. A handler that throws gets
 * the request answered with 5012 DIAMETER_UNABLE_TO_COMPLY (unless it already acted) and the
 * exception recorded in the journal.
 */
@FunctionalInterface
public interface RequestHandler {
    /** The peer's built-in behaviour: CEA, DWA and DPA as RFC 6733 says, 3001 for anything else. */
    RequestHandler DEFAULT = InboundRequest::answerByDefault;

    /**
     * Handles one request.
     *
     * @param request the request, its connection, and the actions available
     */
    void handle(InboundRequest request);
}
