package io.diameterharness.samples.sms.diameter;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;

/** One application request between submission and its answer. Confined to the client's I/O thread. */
final class OutstandingRequest {

    final Message request;
    final CompletableFuture<Answer> answer = new CompletableFuture<>();
    final Set<PeerRole> triedPeers = EnumSet.noneOf(PeerRole.class);
    int transmissions;
    PeerConnectionHandler connection;
    int hopByHop;
    ScheduledFuture<?> timer;

    OutstandingRequest(Message request) {
        this.request = request;
    }

    boolean inFlight() {
        return connection != null;
    }
}
