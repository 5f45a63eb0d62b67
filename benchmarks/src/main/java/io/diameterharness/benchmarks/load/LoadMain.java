package io.diameterharness.benchmarks.load;

import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The load client from the command line, against any Diameter server that answers the RFC 4006
 * CCR of {@link Traffic} (realm {@value Traffic#SERVER_REALM}):
 * {@code java -cp benchmarks.jar io.diameterharness.benchmarks.load.LoadMain HOST PORT
 * [CONNECTIONS [IN_FLIGHT [SECONDS [ROUNDS [SERVER_PID]]]]]}. Prints one line per round; with the
 * server's process id, also the server's CPU time per answer.
 */
public final class LoadMain {
    private LoadMain() {
    }

    /**
     * Runs the load.
     *
     * @param args host, port, then optionally connections (1), in flight (64), seconds (5), rounds (3),
     *             the server's process id
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: LoadMain HOST PORT [CONNECTIONS [IN_FLIGHT [SECONDS [ROUNDS [SERVER_PID]]]]]");
            System.exit(2);
        }
        InetSocketAddress server = new InetSocketAddress(args[0], Integer.parseInt(args[1]));
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int inFlight = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        int rounds = args.length > 5 ? Integer.parseInt(args[5]) : 3;
        long pid = args.length > 6 ? Long.parseLong(args[6]) : -1;
        try (LoadClient client = LoadClient.connect(server, connections, inFlight, "cli")) {
            client.warmUp(Duration.ofSeconds(2));
            for (int i = 0; i < rounds; i++) {
                LoadResult r = client.measure(Duration.ofSeconds(seconds), pid);
                System.out.printf("%,.0f answers/s  p50 %,.0f us  p99 %,.0f us  p99.9 %,.0f us  max %,.0f us"
                                + "  non-2001 %d  server CPU %.2f us/answer%n", r.answersPerSecond(), r.p50Micros(),
                        r.p99Micros(), r.p999Micros(), r.maxMicros(), r.failedAnswers(),
                        r.serverCpuMicrosPerAnswer());
            }
        }
    }
}
