package io.diameterharness.standalone;

import java.io.PrintWriter;

/** Runs the standalone server. */
final class StandaloneServer {
    private StandaloneServer() {
    }

    static int run(Settings settings, PrintWriter out, PrintWriter err) {
        throw new UnsupportedOperationException("WIP: waiting for FakeServer");
    }
}
