package io.diameterharness.samples.sms.diameter;

import io.netty.buffer.ByteBuf;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Wire encoding and decoding of {@link Message} and {@link Avp} (RFC 6733 sections 3 and 4.1).
 * This is the application's own codec, written independently of any test tooling so that the
 * harness that tests the application can check its bytes.
 */
public final class MessageCodec {

    /** Length of the Diameter header in octets. */
    public static final int HEADER_LENGTH = 20;
    /** The only Diameter version, 1. */
    public static final int VERSION = 1;

    private static final int RESERVED_COMMAND_FLAGS = 0x0F;

    private MessageCodec() {
    }

    /**
     * Encodes a message.
     *
     * @param message the message
     * @return its wire octets, header included
     */
    public static byte[] encode(Message message) {
        byte[] body = encodeAvps(message.avps());
        int length = HEADER_LENGTH + body.length;
        if (length > 0xFF_FFFF) {
            throw new IllegalArgumentException("message of " + length + " octets exceeds the 24-bit Message Length");
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putInt((VERSION << 24) | length);
        out.putInt((message.flags() << 24) | message.commandCode());
        out.putInt((int) message.applicationId());
        out.putInt(message.hopByHopId());
        out.putInt(message.endToEndId());
        out.put(body);
        return out.array();
    }

    /**
     * Encodes a message into a buffer.
     *
     * @param message the message
     * @param out where to write it
     */
    public static void encode(Message message, ByteBuf out) {
        out.writeBytes(encode(message));
    }

    static byte[] encodeAvps(List<Avp> avps) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Avp avp : avps) {
            int headerLength = avp.isVendorSpecific() ? 12 : 8;
            int length = headerLength + avp.dataLength();
            if (length > 0xFF_FFFF) {
                throw new IllegalArgumentException("AVP " + avp.code() + " of " + length
                        + " octets exceeds the 24-bit AVP Length");
            }
            ByteBuffer header = ByteBuffer.allocate(headerLength);
            header.putInt(avp.code());
            header.putInt((avp.flags() << 24) | length);
            if (avp.isVendorSpecific()) {
                header.putInt((int) avp.vendorId());
            }
            out.writeBytes(header.array());
            out.writeBytes(avp.dataUnsafe());
            out.writeBytes(new byte[padding(length)]);
        }
        return out.toByteArray();
    }

    /**
     * Decodes one whole message.
     *
     * @param frame exactly one message's octets
     * @return the message
     * @throws MalformedMessageException if the octets are not a well-formed message, with the
     *         Result-Code that names the fault
     */
    public static Message decode(byte[] frame) throws MalformedMessageException {
        if (frame.length < HEADER_LENGTH) {
            throw new MalformedMessageException(5015, "message of " + frame.length
                    + " octets is shorter than the 20-octet header");
        }
        ByteBuffer in = ByteBuffer.wrap(frame);
        int versionAndLength = in.getInt();
        int version = versionAndLength >>> 24;
        int length = versionAndLength & 0xFF_FFFF;
        if (version != VERSION) {
            throw new MalformedMessageException(5011, "Diameter version " + version + " is not 1");
        }
        if (length != frame.length) {
            throw new MalformedMessageException(5015, "Message Length " + length + " does not match the "
                    + frame.length + " octets received");
        }
        if (length % 4 != 0) {
            throw new MalformedMessageException(5015, "Message Length " + length + " is not a multiple of 4");
        }
        int flagsAndCode = in.getInt();
        int flags = flagsAndCode >>> 24;
        int commandCode = flagsAndCode & 0xFF_FFFF;
        if ((flags & RESERVED_COMMAND_FLAGS) != 0) {
            throw new MalformedMessageException(3008, String.format("reserved command flag bits set: 0x%02x", flags));
        }
        if ((flags & Message.FLAG_REQUEST) != 0 && (flags & Message.FLAG_ERROR) != 0) {
            throw new MalformedMessageException(3008, "a request must not carry the E flag");
        }
        long applicationId = Integer.toUnsignedLong(in.getInt());
        int hopByHop = in.getInt();
        int endToEnd = in.getInt();
        List<Avp> avps = decodeAvps(frame, HEADER_LENGTH, frame.length);
        return new Message(flags, commandCode, applicationId, hopByHop, endToEnd, avps);
    }

    /**
     * Decodes one whole message from a buffer without changing its reader index.
     *
     * @param frame exactly one message's octets between its reader and writer index
     * @return the message
     * @throws MalformedMessageException if the octets are not a well-formed message
     */
    public static Message decode(ByteBuf frame) throws MalformedMessageException {
        byte[] bytes = new byte[frame.readableBytes()];
        frame.getBytes(frame.readerIndex(), bytes);
        return decode(bytes);
    }

    static List<Avp> decodeAvps(byte[] data, int from, int to) throws MalformedMessageException {
        List<Avp> avps = new ArrayList<>();
        int offset = from;
        while (offset < to) {
            if (to - offset < 8) {
                throw new MalformedMessageException(5014, (to - offset) + " octets left at offset " + offset
                        + " cannot hold an AVP header");
            }
            ByteBuffer in = ByteBuffer.wrap(data, offset, to - offset);
            int code = in.getInt();
            int flagsAndLength = in.getInt();
            int flags = flagsAndLength >>> 24;
            int length = flagsAndLength & 0xFF_FFFF;
            boolean vendor = (flags & Avp.FLAG_VENDOR) != 0;
            int headerLength = vendor ? 12 : 8;
            if (length < headerLength) {
                throw new MalformedMessageException(5014, "AVP " + code + " at offset " + offset + " has length "
                        + length + ", less than its " + headerLength + "-octet header");
            }
            if (vendor && to - offset < 12) {
                throw new MalformedMessageException(5014, "AVP " + code + " at offset " + offset
                        + " has the V flag but no room for a Vendor-Id");
            }
            long vendorId = vendor ? Integer.toUnsignedLong(in.getInt()) : 0;
            int padded = length + padding(length);
            if (padded > to - offset) {
                throw new MalformedMessageException(5014, "AVP " + code + " at offset " + offset + " has length "
                        + length + " but only " + (to - offset) + " octets remain");
            }
            byte[] value = new byte[length - headerLength];
            System.arraycopy(data, offset + headerLength, value, 0, value.length);
            avps.add(Avp.raw(code, flags, vendorId, value));
            offset += padded;
        }
        return avps;
    }

    private static int padding(int length) {
        return (4 - (length & 3)) & 3;
    }
}
