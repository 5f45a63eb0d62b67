package io.diameterharness.codec;

import io.netty.buffer.ByteBuf;

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
        encodeInto(m, length, out, 0);
        return out;
    }

    /**
     * Writes the message at the writer index of {@code out}. A heap buffer is written in place; a
     * direct buffer receives the encoded bytes in one copy (one bulk copy costs less than one small
     * copy per AVP field).
     */
    public static void encode(DiameterMessage m, ByteBuf out) {
        byte[] decoded = m.decodedFrame();
        if (decoded != null) {
            out.writeBytes(decoded);
            return;
        }
        int length = m.length();
        out.ensureWritable(length);
        if (out.hasArray()) {
            int writerIndex = out.writerIndex();
            encodeInto(m, length, out.array(), out.arrayOffset() + writerIndex);
            out.writerIndex(writerIndex + length);
        } else {
            byte[] bytes = new byte[length];
            encodeInto(m, length, bytes, 0);
            out.writeBytes(bytes);
        }
    }

    private static void encodeInto(DiameterMessage m, int length, byte[] out, int offset) {
        Bytes.putInt(out, offset, (m.version() << 24) | length);
        Bytes.putInt(out, offset + 4, (m.flags() << 24) | m.commandCode());
        Bytes.putInt(out, offset + 8, m.applicationId());
        Bytes.putInt(out, offset + 12, m.hopByHopId());
        Bytes.putInt(out, offset + 16, m.endToEndId());
        int p = offset + DiameterMessage.HEADER_LENGTH;
        for (Avp a : m.avpArray()) {
            p = a.writeTo(out, p);
        }
    }
}
