package io.diameterharness.standalone.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diameterharness.behaviour.RequestPattern;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.journal.pcap.PcapWriter;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.peer.WatchdogTransition;
import io.diameterharness.standalone.capture.MergedJournal;
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
 * The {@link ServerControl} of a running server, over its merged journal and its connections.
 */
public final class EngineControl implements ServerControl {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final MergedJournal journal;
    private final Supplier<List<PeerConnection>> connections;
    private final JournalJson render;
    private final Runnable reset;
    private final Runnable shutdown;

    /**
     * @param journal     the server's journal
     * @param connections its connections, now
     * @param render      renders messages with the server's dictionary
     * @param reset       resets rules and scenarios (the journal is cleared here)
     * @param shutdown    starts the graceful shutdown
     */
    public EngineControl(MergedJournal journal, Supplier<List<PeerConnection>> connections, JournalJson render,
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
        for (MergedJournal.Item item : journal.items()) {
            last = Math.max(last, item.sequence());
            if (item.sequence() <= sinceSequence || out.size() >= limit) {
                continue;
            }
            if (filter != null) {
                if (!(item.entry() instanceof MessageEntry) || ((MessageEntry) item.entry()).message() == null
                        || !filter.matches(((MessageEntry) item.entry()).message(), null)) {
                    continue;
                }
            }
            out.add(render.render(item.entry(), item.sequence(), item.listener()));
        }
        o.put("lastSequence", last);
        o.put("dropped", journal.dropped());
        o.set("entries", out);
        return o;
    }

    @Override
    public int clearJournal() {
        return journal.clear();
    }

    @Override
    public byte[] journalPcap() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PcapWriter w = PcapWriter.to(bytes, PcapWriter.Encapsulation.EXPORTED_PDU)) {
            for (MergedJournal.Item item : journal.items()) {
                if (item.entry() instanceof MessageEntry) {
                    w.write(JournalJson.packet((MessageEntry) item.entry()));
                }
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
        DiameterMessage ours = target.newRequest(request.commandCode(), request.applicationIdUnsigned()).build();
        if (request.avp(Avps.ORIGIN_HOST.code()).isEmpty()) {
            ours.avp(Avps.ORIGIN_HOST.code()).ifPresent(b::avp);
        }
        if (request.avp(Avps.ORIGIN_REALM.code()).isEmpty()) {
            ours.avp(Avps.ORIGIN_REALM.code()).ifPresent(b::avp);
        }
        return target.send(b.build(), timeout).thenApply(render::render);
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
