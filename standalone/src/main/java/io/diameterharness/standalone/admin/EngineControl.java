package io.diameterharness.standalone.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diameterharness.behaviour.RequestPattern;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.Journal;
import io.diameterharness.journal.JournalEntry;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.journal.pcap.PcapWriter;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.peer.WatchdogTransition;
import io.diameterharness.standalone.json.JournalJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * The {@link ServerControl} of a running server, over its journal and connections.
 */
public final class EngineControl implements ServerControl {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Journal journal;
    private final Supplier<List<PeerConnection>> connections;
    private final JournalJson render;
    private final Runnable reset;
    private final Runnable shutdown;

    /**
     * @param journal     the server's journal
     * @param connections its connections, now
     * @param render      renders messages with the server's dictionary
     * @param reset       clears rules and scenarios (the journal is cleared here)
     * @param shutdown    starts the graceful shutdown
     */
    public EngineControl(Journal journal, Supplier<List<PeerConnection>> connections, JournalJson render,
                         Runnable reset, Runnable shutdown) {
        this.journal = Objects.requireNonNull(journal, "journal");
        this.connections = Objects.requireNonNull(connections, "connections");
        this.render = Objects.requireNonNull(render, "render");
        this.reset = Objects.requireNonNull(reset, "reset");
        this.shutdown = Objects.requireNonNull(shutdown, "shutdown");
    }

    @Override
    public JsonNode journal(long sinceSequence, RequestPattern filter, int limit) {
        ObjectNode o = NODES.objectNode();
        ArrayNode out = NODES.arrayNode();
        long last = sinceSequence;
        for (JournalEntry e : journal.entries()) {
            last = Math.max(last, e.sequence());
            if (e.sequence() <= sinceSequence || out.size() >= limit) {
                continue;
            }
            if (filter != null) {
                if (!(e instanceof MessageEntry) || ((MessageEntry) e).message() == null
                        || !filter.matches(((MessageEntry) e).message(), null)) {
                    continue;
                }
            }
            out.add(render.render(e));
        }
        o.put("lastSequence", last);
        o.put("dropped", journal.droppedCount());
        o.set("entries", out);
        return o;
    }

    @Override
    public int clearJournal() {
        int n = journal.size();
        journal.clear();
        return n;
    }

    @Override
    public byte[] journalPcap() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter w = PcapWriter.to(bytes, PcapWriter.Encapsulation.EXPORTED_PDU)) {
            for (MessageEntry m : journal.messages()) {
                w.write(JournalJson.packet(m));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public JsonNode connections() {
        ObjectNode o = NODES.objectNode();
        ArrayNode arr = o.putArray("connections");
        for (PeerConnection c : connections.get()) {
            arr.add(connection(c));
        }
        return o;
    }

    /** One connection as JSON. */
    public static ObjectNode connection(PeerConnection c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.id());
        o.put("local", JournalJson.address(c.localAddress()));
        o.put("remote", JournalJson.address(c.remoteAddress()));
        o.put("tls", c.isTls());
        c.peerHost().ifPresent(h -> o.put("peerHost", h));
        c.peerRealm().ifPresent(r -> o.put("peerRealm", r));
        o.put("state", c.state().name());
        o.put("watchdog", c.watchdogState().name());
        ArrayNode t = o.putArray("watchdogTransitions");
        for (WatchdogTransition w : c.watchdogTransitions()) {
            ObjectNode x = t.addObject();
            if (w.from() != null) {
                x.put("from", w.from().name());
            }
            x.put("to", w.to().name());
            x.put("at", w.at().toString());
        }
        c.closeReason().ifPresent(r -> o.put("closeReason", r));
        return o;
    }

    @Override
    public CompletableFuture<JsonNode> send(String connectionId, DiameterMessage request, Duration timeout) {
        PeerConnection target = find(connectionId);
        DiameterMessage.Builder b = request.toBuilder();
        if (request.avp(Avps.ORIGIN_HOST.code()).isEmpty()) {
            b.avp(Avps.ORIGIN_HOST.avp(target.localHost()));
        }
        if (request.avp(Avps.ORIGIN_REALM.code()).isEmpty()) {
            b.avp(Avps.ORIGIN_REALM.avp(localRealm(target)));
        }
        return target.send(b.build(), timeout).thenApply(render::render);
    }

    private static String localRealm(PeerConnection c) {
        DiameterMessage probe = c.newRequest(280, 0).build();
        return probe.avp(Avps.ORIGIN_REALM.code()).map(Avps.ORIGIN_REALM::read)
                .orElseThrow(() -> new IllegalStateException("connection " + c.id() + " has no Origin-Realm"));
    }

    private PeerConnection find(String id) {
        String digits = id.startsWith("c") || id.startsWith("#") ? id.substring(1) : id;
        List<PeerConnection> all = connections.get();
        for (PeerConnection c : all) {
            if (Long.toString(c.id()).equals(digits)) {
                if (c.closeReason().isPresent()) {
                    throw new IllegalArgumentException("connection " + id + " is closed: " + c.closeReason().get());
                }
                return c;
            }
        }
        StringBuilder known = new StringBuilder();
        for (PeerConnection c : all) {
            known.append(known.length() == 0 ? "" : ", ").append(c.id());
        }
        throw new IllegalArgumentException("no connection " + id + " (open: "
                + (known.length() == 0 ? "none" : known) + "; GET /__admin/connections lists them)");
    }

    @Override
    public void reset() {
        reset.run();
        journal.clear();
    }

    @Override
    public void shutdown() {
        shutdown.run();
    }
}
