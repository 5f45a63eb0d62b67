package io.diameterharness.standalone;

import io.diameterharness.behaviour.Requests;
import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.journal.Journal;
import io.diameterharness.peer.DisconnectCause;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.standalone.admin.AdminServer;
import io.diameterharness.standalone.admin.EngineControl;
import io.diameterharness.standalone.capture.LivePcap;
import io.diameterharness.standalone.capture.MergedJournal;
import io.diameterharness.standalone.capture.MessageLog;
import io.diameterharness.standalone.json.JournalJson;
import io.diameterharness.standalone.json.TableVocabulary;
import io.diameterharness.standalone.rules.JsonRules;
import io.diameterharness.standalone.rules.Mappings;
import io.diameterharness.standalone.rules.RuleStore;
import io.diameterharness.transport.TlsSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The running standalone server: one {@link FakeServer} per listener (TCP, and TLS with
 * {@code --tls}) sharing the JSON rules, the merged journal with its log and pcap, and the admin
 * API. {@link #run} blocks until SIGINT/SIGTERM or {@code POST /__admin/shutdown}, then sends DPR
 * to every connected peer and closes.
 */
final class StandaloneServer implements AutoCloseable {
    /** How many journal entries the admin API keeps. */
    static final int JOURNAL_CAPACITY = 10_000;
    /** How long the shutdown waits for DPAs. */
    static final long DPA_WAIT_MILLIS = 3000;

    private final Settings settings;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Dictionary dictionary;
    private final TableVocabulary names;
    private final JsonRules reader;
    private final Map<String, FakeServer> servers = new LinkedHashMap<>();
    private final RuleStore rules;
    private final MergedJournal journal;
    private final LivePcap pcap;
    private final AdminServer admin;
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    private StandaloneServer(Settings s, PrintWriter out, PrintWriter err) throws IOException {
        this.settings = s;
        this.out = out;
        this.err = err;
        Dictionary d = Dictionary.builtIn();
        if (!s.dictionaries().isEmpty()) {
            d = d.extendedWith(s.dictionaries().toArray(new Path[0]));
        }
        this.dictionary = d;
        this.names = TableVocabulary.fromDictionary(d);
        this.reader = new JsonRules(names);
        long[] applications = applications(s.applications());
        List<io.diameterharness.standalone.rules.JsonRules.ParsedRule> mappings =
                s.mappings() == null ? List.of() : Mappings.load(s.mappings(), reader);
        LivePcap livePcap = null;
        AdminServer adminServer = null;
        try {
            servers.put("tcp", server("standalone", s.port(), null, applications).start());
            if (s.tls()) {
                TlsSettings tls = s.tlsCertificate() == null ? TlsSettings.selfSigned()
                        : PemFiles.tlsSettings(s.tlsCertificate(), s.tlsKey());
                servers.put("tls", server("standalone-tls", s.tlsPort(), tls, applications).start());
            }
            List<RuleEngine> engines = new ArrayList<>();
            servers.values().forEach(f -> engines.add(f.rules()));
            this.rules = new RuleStore(engines);
            installDefaults();
            rules.addAll(mappings);
            List<Consumer<MergedJournal.Item>> listeners = new ArrayList<>();
            listeners.add(new MessageLog(out, d, names, s.verbose()));
            if (s.pcap() != null) {
                livePcap = new LivePcap(s.pcap());
                listeners.add(livePcap);
            }
            Map<String, Journal> journals = new LinkedHashMap<>();
            servers.forEach((k, v) -> journals.put(k, v.journal()));
            this.journal = new MergedJournal(journals, JOURNAL_CAPACITY, listeners, err::println);
            this.pcap = livePcap;
            EngineControl control = new EngineControl(journal, this::connections, new JournalJson(names),
                    this::resetRules, stopRequested::countDown);
            adminServer = AdminServer.start(new InetSocketAddress(s.adminBind(), s.adminPort()), rules, reader,
                    control, err::println);
            this.admin = adminServer;
            journal.start(20);
        } catch (IOException | RuntimeException e) {
            servers.values().forEach(FakeServer::close);
            if (adminServer != null) {
                adminServer.close();
            }
            if (livePcap != null) {
                livePcap.close();
            }
            throw e;
        }
        out.println("diameter-harness: " + mappings.size() + " rules from " + (s.mappings() == null ? "no mappings"
                : s.mappings()) + ", dictionary of " + d.avps().size() + " AVPs");
    }

    private FakeServer server(String name, int port, TlsSettings tls, long[] applications) {
        return FakeServer.builder().name(name).originHost(settings.originHost()).realm(settings.realm())
                .applications(applications).port(port).watchdog(settings.watchdog()).dictionary(dictionary)
                .peerConfig(c -> {
                    c.bindAddress(settings.bind());
                    if (tls != null) {
                        c.tls(tls);
                    }
                })
                .build();
    }

    private long[] applications(List<String> given) {
        long[] out = new long[given.size()];
        for (int i = 0; i < out.length; i++) {
            String a = given.get(i).trim();
            if (a.matches("[0-9]{1,10}")) {
                out[i] = Long.parseLong(a);
                if (out[i] > 0xFFFFFFFFL) {
                    throw new IllegalArgumentException("--application " + a + " is not an Application-Id");
                }
            } else {
                OptionalLong id = names.applicationId(a);
                if (id.isEmpty()) {
                    throw new IllegalArgumentException("--application: unknown application \"" + a + "\""
                            + io.diameterharness.standalone.json.Suggestions.hint(a, names.applicationNames())
                            + "; or give its id");
                }
                out[i] = id.getAsLong();
            }
        }
        return out;
    }

    /** The online charging system's default: validated CCRs granted what they ask. */
    private void installDefaults() {
        for (FakeServer f : servers.values()) {
            f.on(Requests.creditControlRequest()).answer(new DefaultCharging(dictionary));
        }
    }

    private void resetRules() {
        for (FakeServer f : servers.values()) {
            f.reset();
        }
        rules.forget();
        installDefaults();
    }

    private List<PeerConnection> connections() {
        List<PeerConnection> all = new ArrayList<>();
        servers.values().forEach(f -> all.addAll(f.connections()));
        return all;
    }

    private void printReady() {
        for (Map.Entry<String, FakeServer> e : servers.entrySet()) {
            InetSocketAddress a = e.getValue().address();
            out.println("diameter-harness: Diameter " + e.getKey().toUpperCase(java.util.Locale.ROOT)
                    + " listening on " + JournalJson.address(a) + " as " + settings.originHost() + " (realm "
                    + settings.realm() + ")");
        }
        out.println("diameter-harness: admin API on http://" + JournalJson.address(admin.address()) + "/__admin/");
        out.println("diameter-harness: ready");
        out.flush();
    }

    /** Sends DPR on every open connection, waits for the DPAs (bounded), then closes everything. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<CompletableFuture<?>> dpas = new ArrayList<>();
        for (PeerConnection c : connections()) {
            if (c.closeReason().isEmpty()) {
                try {
                    dpas.add(c.disconnect(DisconnectCause.REBOOTING).exceptionally(t -> null));
                } catch (RuntimeException e) {
                    err.println("diameter-harness: DPR on connection " + c.id() + " failed: " + e);
                }
            }
        }
        try {
            CompletableFuture.allOf(dpas.toArray(new CompletableFuture<?>[0]))
                    .get(DPA_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            err.println("diameter-harness: not every peer answered DPR within " + DPA_WAIT_MILLIS + " ms");
        }
        admin.close();
        servers.values().forEach(FakeServer::close);
        journal.close();
        if (pcap != null) {
            try {
                pcap.close();
            } catch (IOException e) {
                err.println("diameter-harness: closing " + settings.pcap() + " failed: " + e);
            }
        }
        out.println("diameter-harness: stopped (sent DPR to " + dpas.size() + " peers)");
        out.flush();
    }

    /** Starts, prints the addresses, serves until a stop is asked for, then closes; the exit code. */
    static int run(Settings settings, PrintWriter out, PrintWriter err) {
        StandaloneServer server;
        try {
            server = new StandaloneServer(settings, out, err);
        } catch (IOException | RuntimeException e) {
            err.println("diameter-harness: cannot start: " + e.getMessage());
            err.flush();
            return 1;
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.stopRequested.countDown();
            try {
                if (done.await(DPA_WAIT_MILLIS + 2000, TimeUnit.MILLISECONDS)) {
                    // SIGINT/SIGTERM asked for the stop and it completed cleanly: say so with status 0.
                    Runtime.getRuntime().halt(0);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "standalone-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        server.printReady();
        try {
            server.stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.close();
        done.countDown();
        return 0;
    }
}
