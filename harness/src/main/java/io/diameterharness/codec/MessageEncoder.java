package io.diameterharness.codec;

import io.netty.buffer.ByteBuf;
import java.util.List;

/** Encodes messages to wire bytes (RFC 6733 section 3 and 4.1), into arrays or Netty buffers. */
public final class MessageEncoder {
    private MessageEncoder() {
    }

    /** The message as a new byte array. */
    public static byte[] encode(DiameterMessage m) {
        byte[] decoded = m.decodedFrame();
        if (decoded != null) {
            return decoded.clone();
        }
        int length = m.length();
        byte[] out = new byte[length];
        Bytes.putInt(out, 0, (m.version() << 24) | length);
        Bytes.putInt(out, 4, (m.flags() << 24) | m.commandCode());
        Bytes.putInt(out, 8, m.applicationId());
        Bytes.putInt(out, 12, m.hopByHopId());
        Bytes.putInt(out, 16, m.endToEndId());
        int p = DiameterMessage.HEADER_LENGTH;
        List<Avp> avps = m.avps();
        for (int i = 0, n = avps.size(); i < n; i++) {
            p = avps.get(i).writeTo(out, p);
        }
        return out;
    }

    /** Writes the message at the writer index of {@code out}, without an intermediate array. */
    public static void encode(DiameterMessage m, ByteBuf out) {
        byte[] decoded = m.decodedFrame();
        if (decoded != null) {
            out.writeBytes(decoded);
            return;
        }
        int length = m.length();
        out.ensureWritable(length);
        out.writeInt((m.version() << 24) | length);
        out.writeInt((m.flags() << 24) | m.commandCode());
        out.writeInt(m.applicationId());
        out.writeInt(m.hopByHopId());
        out.writeInt(m.endToEndId());
        List<Avp> avps = m.avps();
        for (int i = 0, n = avps.size(); i < n; i++) {
            avps.get(i).writeTo(out);
        }
    }
}
