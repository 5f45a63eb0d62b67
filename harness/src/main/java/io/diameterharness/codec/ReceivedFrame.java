package io.diameterharness.codec;

import java.util.Objects;
import java.util.Optional;

/**
 * What the {@link DiameterFrameDecoder} hands up the pipeline for each frame: the exact bytes and
 * either the decoded message or the error. When {@link #framingLost()} is true the stream cannot be
 * resynchronised (a length that cannot be trusted) and the connection must be closed.
 *
 * @param bytes       the frame's bytes as received (for a lost frame: the bytes seen so far, at most a header)
 * @param message     the decoded message, or {@code null}
 * @param error       the error, or {@code null}
 * @param framingLost whether the stream can no longer be framed
 */
public record ReceivedFrame(byte[] bytes, DiameterMessage message, DecodeError error, boolean framingLost) {
    /** Checks that exactly one of message and error is present. */
    public ReceivedFrame {
        Objects.requireNonNull(bytes, "bytes");
        if ((message == null) == (error == null)) {
            throw new IllegalArgumentException("exactly one of message and error must be given");
        }
    }

    /** A copy of the frame's bytes as received. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The message, when decoding succeeded. */
    public Optional<DiameterMessage> decoded() {
        return Optional.ofNullable(message);
    }

    /** The error, when decoding failed. */
    public Optional<DecodeError> failure() {
        return Optional.ofNullable(error);
    }
}
