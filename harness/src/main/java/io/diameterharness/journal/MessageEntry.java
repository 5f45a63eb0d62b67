package io.diameterharness.journal;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DecodeError;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Dictionary;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message received or sent: the decoded message (or the decode error) and its exact bytes.
 *
 * @param sequence       position in the journal
 * @param direction      received or sent
 * @param connection     the connection
 * @param monotonicNanos monotonic time
 * @param wallTime       wall-clock time
 * @param message        the decoded message, or {@code null} when decoding failed
 * @param bytes          the wire bytes (copied on access)
 * @param error          the decode error, or {@code null}
 */
public record MessageEntry(long sequence, Direction direction, ConnectionInfo connection, long monotonicNanos,
                           Instant wallTime, DiameterMessage message, byte[] bytes, DecodeError error)
        implements JournalEntry {
    /** Checks that a message or an error is there. */
    public MessageEntry {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(bytes, "bytes");
        if (message == null && error == null) {
            throw new IllegalArgumentException("a message entry needs the message or the decode error");
        }
    }

    /** A copy of the wire bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of wire bytes. */
    public int length() {
        return bytes.length;
    }

    /** The decoded message, when decoding succeeded. */
    public Optional<DiameterMessage> decoded() {
        return Optional.ofNullable(message);
    }

    /** The decode error, when decoding failed. */
    public Optional<DecodeError> decodeError() {
        return Optional.ofNullable(error);
    }

    /** Whether the message decoded and is a request. */
    public boolean isRequest() {
        return message != null && message.isRequest();
    }

    /** Whether the message decoded and is an answer. */
    public boolean isAnswer() {
        return message != null && message.isAnswer();
    }

    /** Whether this was received. */
    public boolean isInbound() {
        return direction == Direction.INBOUND;
    }

    /** The command code, from the message or the raw header (-1 when fewer than 8 bytes). */
    public int commandCode() {
        if (message != null) {
            return message.commandCode();
        }
        return bytes.length >= 8 ? ((bytes[5] & 0xFF) << 16) | ((bytes[6] & 0xFF) << 8) | (bytes[7] & 0xFF) : -1;
    }

    /** One line with command names from the built-in dictionary, e.g. {@code #3 -> conn 1 CEA (257) ...}. */
    @Override
    public String summary() {
        Dictionary d;
        try {
            d = Dictionary.builtIn();
        } catch (RuntimeException e) {
            d = null;
        }
        return summary(d);
    }

    /**
     * One line with command names from {@code dictionary} (raw codes when it is {@code null} or does
     * not know the command).
     *
     * @param dictionary the dictionary naming commands, or {@code null}
     * @return the line
     */
    public String summary(Dictionary dictionary) {
        StringBuilder sb = new StringBuilder();
        sb.append('#').append(sequence).append(' ').append(direction.arrow()).append(" conn ")
                .append(connection.connectionId()).append(' ');
        if (message != null) {
            String name = dictionary == null ? null : dictionary.command(message.commandCode(),
                    message.applicationIdUnsigned()).map(c -> c.shortName(message.isRequest())).orElse(null);
            sb.append(name != null ? name + " (" + message.commandCode() + ")"
                    : (message.isRequest() ? "request " : "answer ") + message.commandCode())
                    .append(" app ").append(message.applicationIdUnsigned()).append(' ')
                    .append(DiameterMessage.flagString(message.flags()))
                    .append(String.format(" hbh=0x%08x", message.hopByHopId()));
            for (Avp a : message.avps()) {
                if (a.code() == 268 && a.vendorId() == 0 && a.valueLength() == 4) {
                    long rc = a.asUnsigned32();
                    sb.append(" Result-Code=").append(rc).append(' ').append(ResultCode.name((int) rc));
                }
            }
        } else {
            sb.append("undecodable (").append(bytes.length).append(" bytes): ").append(error);
        }
        return sb.toString();
    }

    /**
     * The summary line, then the message as a tree with AVP names and typed values from
     * {@code dictionary} (or the decode error).
     *
     * @param dictionary the dictionary naming commands and AVPs
     * @return the rendering, lines separated by {@code \n}
     */
    public String render(Dictionary dictionary) {
        return summary(dictionary) + "\n" + (message != null ? dictionary.render(message) : "  " + error);
    }

    @Override
    public String toString() {
        return summary();
    }
}
