package io.diameterharness.standalone.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeError;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.Hex;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.ConnectionInfo;
import io.diameterharness.journal.Direction;
import io.diameterharness.journal.JournalEntry;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.journal.pcap.CapturedPacket;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;

/**
 * Journal entries as JSON: each message with its header, its AVPs named and typed by the
 * dictionary ({@link AvpJson}) and its exact bytes as hex; each connection event with its kind and
 * detail. Also turns message entries into pcap packets.
 */
public final class JournalJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int RESULT_CODE = 268;
    private static final int EXPERIMENTAL_RESULT = 297;
    private static final int EXPERIMENTAL_RESULT_CODE = 298;

    private final AvpJson avps;

    /** Names and types from {@code vocabulary}. */
    public JournalJson(Vocabulary vocabulary) {
        this.avps = new AvpJson(Objects.requireNonNull(vocabulary, "vocabulary"));
    }

    /** Entries as a JSON array, in the order given. */
    public ArrayNode render(List<? extends JournalEntry> entries) {
        ArrayNode out = NODES.arrayNode();
        for (JournalEntry e : entries) {
            out.add(render(e));
        }
        return out;
    }

    /** One entry. */
    public ObjectNode render(JournalEntry entry) {
        return render(entry, entry.sequence(), null);
    }

    /**
     * One entry, numbered {@code sequence}, recorded by {@code listener} ({@code tcp}, {@code tls};
     * {@code null} to leave it out).
     */
    public ObjectNode render(JournalEntry entry, long sequence, String listener) {
        ObjectNode o = NODES.objectNode();
        o.put("sequence", sequence);
        if (listener != null) {
            o.put("listener", listener);
        }
        o.put("time", entry.wallTime().toString());
        o.put("monotonicNanos", entry.monotonicNanos());
        if (entry instanceof MessageEntry) {
            MessageEntry m = (MessageEntry) entry;
            o.put("type", "message");
            o.put("direction", m.direction() == Direction.INBOUND ? "in" : "out");
            o.set("connection", connection(m.connection()));
            if (m.message() != null) {
                message(o, m.message());
            }
            if (m.error() != null) {
                o.set("decodeError", decodeError(m.error()));
            }
            o.put("length", m.length());
            o.put("hex", Hex.of(m.bytes()));
        } else {
            ConnectionEvent e = (ConnectionEvent) entry;
            o.put("type", "event");
            o.set("connection", connection(e.connection()));
            o.put("event", e.kind().name());
            o.put("detail", e.detail());
        }
        return o;
    }

    /** A message's header and AVPs (no bytes). */
    public ObjectNode render(DiameterMessage m) {
        ObjectNode o = NODES.objectNode();
        message(o, m);
        return o;
    }

    private void message(ObjectNode o, DiameterMessage m) {
        String shortName = avps.vocabulary().commandShortName(m.commandCode(), m.isRequest());
        o.put("command", shortName != null ? shortName : (m.isRequest() ? "Request " : "Answer ") + m.commandCode());
        o.put("commandCode", m.commandCode());
        o.put("request", m.isRequest());
        o.put("flags", DiameterMessage.flagString(m.flags()));
        o.put("applicationId", m.applicationIdUnsigned());
        o.put("hopByHopId", Integer.toUnsignedLong(m.hopByHopId()));
        o.put("endToEndId", Integer.toUnsignedLong(m.endToEndId()));
        if (!m.isRequest()) {
            resultCode(m).ifPresent(rc -> {
                o.put("resultCode", rc);
                String name = ResultCode.name((int) rc);
                if (!name.equals("UNKNOWN")) {
                    o.put("resultCodeName", name);
                }
            });
        }
        o.set("avps", avps.render(m.avps()));
    }

    private static java.util.OptionalLong resultCode(DiameterMessage m) {
        try {
            var rc = m.avp(RESULT_CODE);
            if (rc.isPresent()) {
                return java.util.OptionalLong.of(rc.get().asUnsigned32());
            }
            var er = m.avp(EXPERIMENTAL_RESULT);
            if (er.isPresent()) {
                for (Avp a : er.get().asGrouped()) {
                    if (a.code() == EXPERIMENTAL_RESULT_CODE) {
                        return java.util.OptionalLong.of(a.asUnsigned32());
                    }
                }
            }
        } catch (InvalidAvpValueException ignored) {
            // rendered as it is in "avps"
        }
        return java.util.OptionalLong.empty();
    }

    private ObjectNode decodeError(DecodeError e) {
        ObjectNode o = NODES.objectNode();
        o.put("resultCode", e.resultCode());
        o.put("resultCodeName", ResultCode.name(e.resultCode()));
        o.put("description", e.description());
        o.put("offset", e.offset());
        e.failedAvp().ifPresent(a -> o.set("failedAvp", avps.render(a)));
        return o;
    }

    /** A connection's identity. */
    public static ObjectNode connection(ConnectionInfo c) {
        ObjectNode o = NODES.objectNode();
        o.put("id", c.connectionId());
        o.put("local", address(c.localAddress()));
        o.put("remote", address(c.remoteAddress()));
        if (c.peerHost() != null) {
            o.put("peerHost", c.peerHost());
        }
        return o;
    }

    /** {@code 127.0.0.1:3868} or {@code [::1]:3868}. */
    public static String address(InetSocketAddress a) {
        String host = a.getAddress() != null ? a.getAddress().getHostAddress() : a.getHostString();
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    /** The packet of a message entry, from sender to receiver, for pcap files. */
    public static CapturedPacket packet(MessageEntry m) {
        ConnectionInfo c = m.connection();
        boolean in = m.direction() == Direction.INBOUND;
        return new CapturedPacket(m.wallTime(), in ? c.remoteAddress() : c.localAddress(),
                in ? c.localAddress() : c.remoteAddress(), m.bytes());
    }
}
