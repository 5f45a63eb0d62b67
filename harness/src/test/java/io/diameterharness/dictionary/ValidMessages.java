package io.diameterharness.dictionary;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.DiameterUri;
import java.math.BigInteger;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Valid messages of every command of a dictionary, built from the command ABNF: the header of the
 * command (application, P bit) and every fixed and required AVP with its minimum count, Grouped
 * AVPs filled the same way, values of the right type (an enum's first value). The seed corpus of
 * the fuzz tests and a cross-check of the dictionary itself ({@code ValidMessagesTest}).
 */
public final class ValidMessages {
    private static final int MAX_DEPTH = 8;

    private ValidMessages() {
    }

    /** A request and an answer of every command of the built-in dictionary, in command order. */
    public static List<DiameterMessage> ofBuiltInDictionary() {
        return of(Dictionary.builtIn());
    }

    /** A request and an answer of every command of {@code dictionary}, in command order. */
    public static List<DiameterMessage> of(Dictionary dictionary) {
        List<CommandDefinition> commands = new ArrayList<>(dictionary.commands());
        commands.sort(Comparator.comparingLong(CommandDefinition::applicationId)
                .thenComparingInt(CommandDefinition::code));
        List<DiameterMessage> out = new ArrayList<>();
        int id = 1;
        for (CommandDefinition c : commands) {
            for (boolean request : new boolean[] {true, false}) {
                DiameterMessage.Builder b = DiameterMessage.builder().commandCode(c.code())
                        .applicationId(c.applicationId()).hopByHopId(id).endToEndId(0x10000 + id);
                if (request) {
                    b.request();
                }
                if (c.proxiable()) {
                    b.proxiable();
                }
                id++;
                for (Avp a : fill(dictionary, c.abnf(request), 0)) {
                    b.avp(a);
                }
                out.add(b.build());
            }
        }
        return out;
    }

    /** The encoded forms of {@link #ofBuiltInDictionary()}. */
    public static List<byte[]> encodedOfBuiltInDictionary() {
        return ofBuiltInDictionary().stream().map(DiameterMessage::encode).toList();
    }

    private static List<Avp> fill(Dictionary dictionary, Abnf abnf, int depth) {
        List<Avp> out = new ArrayList<>();
        for (AvpRule r : abnf.rules()) {
            if (r.position() == AvpRule.Position.OPTIONAL || r.min() == 0) {
                continue;
            }
            AvpDefinition d = dictionary.avp(r.code(), r.vendorId()).orElseThrow(() ->
                    new IllegalStateException("ABNF names " + r.avpName() + ", which the dictionary does not define"));
            for (int i = 0; i < r.min(); i++) {
                out.add(sample(dictionary, d, depth));
            }
        }
        return out;
    }

    private static Avp sample(Dictionary dictionary, AvpDefinition d, int depth) {
        Avp.Builder b = Avp.builder(d.code());
        if (d.vendorId() != 0) {
            b.vendor(d.vendorId());
        }
        if (d.sendsMandatory()) {
            b.mandatory();
        } else {
            b.notMandatory();
        }
        switch (d.type()) {
            case GROUPED:
                if (depth >= MAX_DEPTH) {
                    throw new IllegalStateException(d.name() + " requires itself deeper than " + MAX_DEPTH + " levels");
                }
                return b.grouped(fill(dictionary, d.groupedContent().orElse(Abnf.anyAvp()), depth + 1)).build();
            case INTEGER32:
                return b.integer32(1).build();
            case INTEGER64:
                return b.integer64(1).build();
            case UNSIGNED32:
                return b.unsigned32(1).build();
            case UNSIGNED64:
                return b.unsigned64(BigInteger.ONE).build();
            case FLOAT32:
                return b.float32(1.5f).build();
            case FLOAT64:
                return b.float64(1.5).build();
            case ENUMERATED:
                return b.enumerated(d.enumValues().keySet().stream().min(Integer::compare).orElse(0)).build();
            case ADDRESS:
                return b.address(InetAddress.getLoopbackAddress()).build();
            case TIME:
                return b.time(Instant.parse("2026-01-01T00:00:00Z")).build();
            case UTF8_STRING:
                return b.utf8String(d.name().toLowerCase(java.util.Locale.ROOT)).build();
            case DIAMETER_IDENTITY:
                return b.diameterIdentity("peer.example.net").build();
            case DIAMETER_URI:
                return b.diameterUri(DiameterUri.parse("aaa://peer.example.net:3868;transport=tcp")).build();
            case IP_FILTER_RULE:
                return b.ipFilterRule("permit in ip from any to 10.0.0.1").build();
            case QOS_FILTER_RULE:
                return b.utf8String("permit in ip from any to 10.0.0.1").build();
            case OCTET_STRING:
            default:
                return b.octetString(new byte[] {1, 2, 3, 4}).build();
        }
    }
}
