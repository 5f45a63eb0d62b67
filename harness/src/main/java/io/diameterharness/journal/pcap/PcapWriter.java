package io.diameterharness.journal.pcap;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes Diameter messages to a classic pcap file (microsecond timestamps) that Wireshark and tshark
 * open and decode as Diameter without any option.
 *
 * <p>Two encapsulations:
 * <ul>
 *   <li>{@link Encapsulation#EXPORTED_PDU} (the default): Wireshark's "upper PDU" link type 252.
 *       Each record names the {@code diameter} dissector and carries the real IP addresses and TCP
 *       ports as tags, so every message decodes as Diameter whatever the ports are (fake peers listen
 *       on ephemeral ports, which Wireshark would not otherwise decode as Diameter).</li>
 *   <li>{@link Encapsulation#ETHERNET_TCP}: synthetic Ethernet / IPv4 or IPv6 / TCP frames with
 *       consistent sequence and acknowledgement numbers per connection, for tools that want TCP
 *       streams. Wireshark decodes these as Diameter only when one of the ports is 3868.</li>
 * </ul>
 *
 * <pre>{@code
 * try (PcapWriter pcap = PcapWriter.create(Path.of("target/ccr.pcap"))) {
 *     pcap.write(new CapturedPacket(now, client, server, ccr.encode()));
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per file, fed from one thread (the journal serialises).
 */
public final class PcapWriter implements Closeable {
    /** How each message is framed in the file. */
    public enum Encapsulation {
        /** Link type 252 (Wireshark upper PDU) naming the Diameter dissector; decodes on any port. */
        EXPORTED_PDU(252),
        /** Link type 1 (Ethernet) with IPv4/IPv6 and TCP headers; decodes as Diameter on port 3868. */
        ETHERNET_TCP(1);

        private final int linkType;

        Encapsulation(int linkType) {
            this.linkType = linkType;
        }

        /** The pcap LINKTYPE number written in the file header. */
        public int linkType() {
            return linkType;
        }
    }

    private static final int SNAPLEN = 262_144;
    /** Largest TCP payload per synthetic segment (keeps IPv4 total length within 16 bits). */
    static final int MAX_SEGMENT = 65_000;

    private final OutputStream out;
    private final Encapsulation encapsulation;
    private final Map<String, int[]> nextSeq = new HashMap<>();
    private boolean closed;

    private PcapWriter(OutputStream out, Encapsulation encapsulation) throws IOException {
        this.out = out;
        this.encapsulation = encapsulation;
        byte[] header = new byte[24];
        putIntLe(header, 0, 0xa1b2c3d4); // magic, microsecond resolution
        putShortLe(header, 4, 2); // version 2.4
        putShortLe(header, 6, 4);
        // thiszone 0, sigfigs 0
        putIntLe(header, 16, SNAPLEN);
        putIntLe(header, 20, encapsulation.linkType());
        out.write(header);
    }

    /** A writer of exported-PDU records to a new file at {@code path} (replaced if it exists). */
    public static PcapWriter create(Path path) throws IOException {
        return create(path, Encapsulation.EXPORTED_PDU);
    }

    /** A writer with the given encapsulation to a new file at {@code path} (replaced if it exists). */
    public static PcapWriter create(Path path, Encapsulation encapsulation) throws IOException {
        Objects.requireNonNull(path, "path");
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return new PcapWriter(new BufferedOutputStream(Files.newOutputStream(path)), encapsulation);
    }

    /** A writer to a stream (closed with the writer). */
    public static PcapWriter to(OutputStream out, Encapsulation encapsulation) throws IOException {
        return new PcapWriter(Objects.requireNonNull(out, "out"), Objects.requireNonNull(encapsulation,
                "encapsulation"));
    }

    /** Writes all packets in order to a new file at {@code path}. */
    public static void write(Path path, List<CapturedPacket> packets) throws IOException {
        try (PcapWriter w = create(path)) {
            for (CapturedPacket p : packets) {
                w.write(p);
            }
        }
    }

    /** The encapsulation of this file. */
    public Encapsulation encapsulation() {
        return encapsulation;
    }

    /** Appends one message. */
    public void write(CapturedPacket packet) throws IOException {
        Objects.requireNonNull(packet, "packet");
        if (closed) {
            throw new IllegalStateException("PcapWriter is closed; create a new one to write " + packet);
        }
        if (encapsulation == Encapsulation.EXPORTED_PDU) {
            writeRecord(packet, exportedPdu(packet));
        } else {
            byte[] payload = packet.bytesNoCopy();
            int off = 0;
            do {
                int n = Math.min(MAX_SEGMENT, payload.length - off);
                writeRecord(packet, ethernetTcp(packet, payload, off, n));
                off += n;
            } while (off < payload.length);
        }
    }

    private void writeRecord(CapturedPacket packet, byte[] frame) throws IOException {
        byte[] rec = new byte[16];
        long seconds = packet.time().getEpochSecond();
        if (seconds < 0 || seconds > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("pcap cannot hold the time " + packet.time()
                    + " (1970-01-01 to 2106-02-07 only)");
        }
        putIntLe(rec, 0, (int) seconds);
        putIntLe(rec, 4, packet.time().getNano() / 1000);
        int captured = Math.min(frame.length, SNAPLEN);
        putIntLe(rec, 8, captured);
        putIntLe(rec, 12, frame.length);
        out.write(rec);
        out.write(frame, 0, captured);
    }

    // ---------------------------------------------------------------- exported PDU (link type 252)

    private static final int TAG_END = 0;
    private static final int TAG_PROTO_NAME = 12;
    private static final int TAG_IPV4_SRC = 20;
    private static final int TAG_IPV4_DST = 21;
    private static final int TAG_IPV6_SRC = 22;
    private static final int TAG_IPV6_DST = 23;
    private static final int TAG_PORT_TYPE = 24;
    private static final int TAG_SRC_PORT = 25;
    private static final int TAG_DST_PORT = 26;
    private static final int PORT_TYPE_TCP = 2;
    private static final byte[] DIAMETER = {'d', 'i', 'a', 'm', 'e', 't', 'e', 'r'};

    private static byte[] exportedPdu(CapturedPacket p) {
        byte[] src = p.source().getAddress().getAddress();
        byte[] dst = p.destination().getAddress().getAddress();
        boolean v6 = src.length == 16;
        byte[] payload = p.bytesNoCopy();
        int tagsLength = (4 + DIAMETER.length) + 2 * (4 + src.length) + 3 * (4 + 4) + 4;
        byte[] b = new byte[tagsLength + payload.length];
        int i = 0;
        i = tag(b, i, TAG_PROTO_NAME, DIAMETER); // 8 bytes: already a multiple of 4, no padding needed
        i = tag(b, i, v6 ? TAG_IPV6_SRC : TAG_IPV4_SRC, src);
        i = tag(b, i, v6 ? TAG_IPV6_DST : TAG_IPV4_DST, dst);
        i = tag(b, i, TAG_PORT_TYPE, intBe(PORT_TYPE_TCP));
        i = tag(b, i, TAG_SRC_PORT, intBe(p.source().getPort()));
        i = tag(b, i, TAG_DST_PORT, intBe(p.destination().getPort()));
        i = tag(b, i, TAG_END, new byte[0]);
        System.arraycopy(payload, 0, b, i, payload.length);
        return b;
    }

    private static int tag(byte[] b, int i, int type, byte[] value) {
        putShortBe(b, i, type);
        putShortBe(b, i + 2, value.length);
        System.arraycopy(value, 0, b, i + 4, value.length);
        return i + 4 + value.length;
    }

    // ---------------------------------------------------------------- Ethernet / IP / TCP (link type 1)

    private byte[] ethernetTcp(CapturedPacket p, byte[] payload, int off, int n) {
        byte[] src = p.source().getAddress().getAddress();
        byte[] dst = p.destination().getAddress().getAddress();
        boolean v6 = src.length == 16;
        int ipHeader = v6 ? 40 : 20;
        int tcpLength = 20 + n;
        byte[] f = new byte[14 + ipHeader + tcpLength];
        // Ethernet: locally administered MACs derived from the ports, then the EtherType
        mac(f, 0, p.destination().getPort());
        mac(f, 6, p.source().getPort());
        putShortBe(f, 12, v6 ? 0x86DD : 0x0800);
        int ip = 14;
        if (v6) {
            putIntBe(f, ip, 0x60000000);
            putShortBe(f, ip + 4, tcpLength);
            f[ip + 6] = 6; // next header TCP
            f[ip + 7] = 64; // hop limit
            System.arraycopy(src, 0, f, ip + 8, 16);
            System.arraycopy(dst, 0, f, ip + 24, 16);
        } else {
            f[ip] = 0x45;
            putShortBe(f, ip + 2, ipHeader + tcpLength);
            putShortBe(f, ip + 6, 0x4000); // don't fragment
            f[ip + 8] = 64; // TTL
            f[ip + 9] = 6; // TCP
            System.arraycopy(src, 0, f, ip + 12, 4);
            System.arraycopy(dst, 0, f, ip + 16, 4);
            putShortBe(f, ip + 10, checksum(f, ip, 20, 0));
        }
        int tcp = ip + ipHeader;
        int[] seq = sequence(p.source(), p.destination());
        int[] ack = sequence(p.destination(), p.source());
        putShortBe(f, tcp, p.source().getPort());
        putShortBe(f, tcp + 2, p.destination().getPort());
        putIntBe(f, tcp + 4, seq[0]);
        putIntBe(f, tcp + 8, ack[0]);
        f[tcp + 12] = 0x50; // data offset 5 words
        f[tcp + 13] = 0x18; // PSH, ACK
        putShortBe(f, tcp + 14, 65535); // window
        System.arraycopy(payload, off, f, tcp + 20, n);
        seq[0] += n;
        long pseudo = sum(src, 0, src.length) + sum(dst, 0, dst.length) + 6 + tcpLength;
        putShortBe(f, tcp + 16, checksum(f, tcp, tcpLength, pseudo));
        return f;
    }

    /** The next sequence number of the flow from {@code a} to {@code b}, starting from a value derived from the flow. */
    private int[] sequence(InetSocketAddress a, InetSocketAddress b) {
        return nextSeq.computeIfAbsent(a + ">" + b, k -> new int[] {k.hashCode() * 0x9E3779B1 | 1});
    }

    private static void mac(byte[] f, int i, int port) {
        f[i] = 0x02; // locally administered, unicast
        f[i + 4] = (byte) (port >>> 8);
        f[i + 5] = (byte) port;
    }

    private static long sum(byte[] b, int off, int len) {
        long s = 0;
        for (int i = 0; i + 1 < len; i += 2) {
            s += ((b[off + i] & 0xFF) << 8) | (b[off + i + 1] & 0xFF);
        }
        if ((len & 1) != 0) {
            s += (b[off + len - 1] & 0xFF) << 8;
        }
        return s;
    }

    private static int checksum(byte[] b, int off, int len, long initial) {
        long s = initial + sum(b, off, len);
        while ((s >>> 16) != 0) {
            s = (s & 0xFFFF) + (s >>> 16);
        }
        return (int) (~s & 0xFFFF);
    }

    // ---------------------------------------------------------------- bytes

    private static byte[] intBe(int v) {
        byte[] b = new byte[4];
        putIntBe(b, 0, v);
        return b;
    }

    private static void putIntBe(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 24);
        b[i + 1] = (byte) (v >>> 16);
        b[i + 2] = (byte) (v >>> 8);
        b[i + 3] = (byte) v;
    }

    private static void putShortBe(byte[] b, int i, int v) {
        b[i] = (byte) (v >>> 8);
        b[i + 1] = (byte) v;
    }

    private static void putIntLe(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
        b[i + 2] = (byte) (v >>> 16);
        b[i + 3] = (byte) (v >>> 24);
    }

    private static void putShortLe(byte[] b, int i, int v) {
        b[i] = (byte) v;
        b[i + 1] = (byte) (v >>> 8);
    }

    /** Flushes the file. */
    public void flush() throws IOException {
        out.flush();
    }

    /** Flushes and closes the file; idempotent. */
    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            out.close();
        }
    }

    /** Writes all packets to a file, wrapping an I/O failure (for callers that cannot throw). */
    public static void writeUnchecked(Path path, List<CapturedPacket> packets) {
        try {
            write(path, packets);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write pcap " + path, e);
        }
    }
}
