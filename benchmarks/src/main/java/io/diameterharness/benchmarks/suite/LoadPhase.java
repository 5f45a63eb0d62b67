package io.diameterharness.benchmarks.suite;

import io.diameterharness.benchmarks.load.LoadClient;
import io.diameterharness.benchmarks.load.LoadResult;
import io.diameterharness.benchmarks.load.Traffic;
import io.diameterharness.fixtures.realpeers.ErlangDiameterServer;
import io.diameterharness.fixtures.realpeers.FreeDiameterServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load comparison: every server gets the same load client, one after the other, in rounds
 * whose order rotates, so each round compares them within a few seconds of each other.
 */
final class LoadPhase {
    static final String FAKE_ON = "fake-journal-on";
    static final String FAKE_OFF = "fake-journal-off";
    static final String FREEDIAMETER = "freediameter";
    static final String ERLANG = "erlang";
    static final String ECHO = "echo";
    static final List<String> ORDER = List.of(FAKE_ON, FAKE_OFF, FREEDIAMETER, ERLANG, ECHO);
    static final Map<String, String> LABELS = Map.of(
            FAKE_ON, "Diameter Harness FakeServer, journal on (10,000 entries)",
            FAKE_OFF, "Diameter Harness FakeServer, journal off",
            FREEDIAMETER, "freeDiameter (freeDiameterd + our dh_cc extension)",
            ERLANG, "Erlang/OTP diameter (our dh_server escript)",
            ECHO, "raw Netty echo baseline");

    /** One load shape: connections and requests in flight over all of them. */
    record Shape(int connections, int inFlight) {
        static Shape parse(String text) {
            String[] p = text.trim().split("x");
            if (p.length != 2) {
                throw new IllegalArgumentException("load shape must be <connections>x<inFlight>, was " + text);
            }
            return new Shape(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        }

        @Override
        public String toString() {
            return connections + (connections == 1 ? " connection, " : " connections, ") + inFlight + " in flight";
        }
    }

    /** What one shape measured: per target, one result per round; and why a target is missing. */
    record ShapeResult(Shape shape, Map<String, List<LoadResult>> results, Map<String, String> problems) {
    }

    private final Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, String> unavailable = new LinkedHashMap<>();
    private final List<AutoCloseable> servers = new ArrayList<>();
    private int clients;
    /** The Erlang server, and how many of its connections reported "up" so far (see {@link #awaitErlangUp}). */
    private ErlangDiameterServer erlang;
    private int erlangUps;

    /** Starts every server; a real peer that cannot start is recorded as unavailable. */
    void startServers() {
        for (String kind : List.of(FAKE_ON, FAKE_OFF, ECHO)) {
            ServerProcess p = ServerProcess.start(kind);
            servers.add(p);
            addresses.put(kind, p.address());
            pids.put(kind, p.pid());
        }
        try {
            FreeDiameterServer fd = FreeDiameterServer.builder().originHost("fd." + Traffic.SERVER_REALM)
                    .logEachMessage(false).start();
            servers.add(fd);
            addresses.put(FREEDIAMETER, fd.address());
            pids.put(FREEDIAMETER, fd.pid());
        } catch (RuntimeException | AssertionError e) {
            unavailable.put(FREEDIAMETER, String.valueOf(e.getMessage()));
        }
        try {
            ErlangDiameterServer erl = ErlangDiameterServer.builder().originHost("erl." + Traffic.SERVER_REALM)
                    .reportEachRequest(false).start();
            servers.add(erl);
            erlang = erl;
            addresses.put(ERLANG, erl.address());
            pids.put(ERLANG, erl.pid());
        } catch (RuntimeException | AssertionError e) {
            unavailable.put(ERLANG, String.valueOf(e.getMessage()));
        }
    }

    /** Waits until OTP diameter knows the new connections ({@link ErlangDiameterServer#awaitUp}). */
    private void awaitErlangUp(int newConnections) {
        erlangUps += newConnections;
        erlang.awaitUp(erlangUps, Duration.ofSeconds(10));
    }

    Map<String, String> unavailable() {
        return unavailable;
    }

    /** Runs {@code rounds} rounds of one shape over every available server. */
    ShapeResult run(Shape shape, int rounds, Duration firstWarmUp, Duration warmUp, Duration measure) {
        Map<String, LoadClient> connected = new LinkedHashMap<>();
        Map<String, List<LoadResult>> results = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>(unavailable);
        try {
            for (Map.Entry<String, InetSocketAddress> e : addresses.entrySet()) {
                try {
                    connected.put(e.getKey(), LoadClient.connect(e.getValue(), shape.connections(),
                            shape.inFlight(), "load" + (++clients)));
                    if (e.getKey().equals(ERLANG)) {
                        awaitErlangUp(shape.connections());
                    }
                    results.put(e.getKey(), new ArrayList<>());
                } catch (RuntimeException ex) {
                    problems.put(e.getKey(), ex.getMessage());
                }
            }
            List<String> order = new ArrayList<>(connected.keySet());
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < order.size(); i++) {
                    String target = order.get((i + round) % order.size());
                    LoadClient client = connected.get(target);
                    if (client == null || problems.containsKey(target)) {
                        continue;
                    }
                    try {
                        client.warmUp(round == 0 ? firstWarmUp : warmUp);
                        LoadResult r = client.measure(measure, pids.getOrDefault(target, -1L));
                        results.get(target).add(r);
                        System.out.printf("load %s round %d %-18s %,10.0f answers/s  p50 %,8.0f us  p99 %,8.0f us"
                                        + "  p99.9 %,8.0f us  server CPU %6.2f us/answer  non-2001 %d  (load %s)%n",
                                shape, round + 1, target, r.answersPerSecond(), r.p50Micros(), r.p99Micros(),
                                r.p999Micros(), r.serverCpuMicrosPerAnswer(), r.failedAnswers(),
                                Environment.loadAverage());
                    } catch (RuntimeException ex) {
                        problems.put(target, "failed in round " + (round + 1) + ": " + ex.getMessage());
                    }
                }
            }
        } finally {
            for (LoadClient c : connected.values()) {
                c.close();
            }
        }
        return new ShapeResult(shape, results, problems);
    }

    void stopServers() {
        for (AutoCloseable s : servers) {
            try {
                s.close();
            } catch (Exception e) {
                System.err.println("stopping " + s + ": " + e);
            }
        }
    }
}
