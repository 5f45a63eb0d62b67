package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;
import java.time.Duration;
import java.util.Objects;

/**
 * What a fake peer does with a request: a small closed set of actions that take parameters.
 * Build them with the factories ({@link #answer(Answer)}, {@link #delay(Duration, Action)},
 * {@link #drop()}, {@link #close()}, {@link #reset()}, ...). Actions are immutable values.
 */
public sealed interface Action {

    /** Answers with an {@link Answer} derived from the request. */
    record Respond(Answer answer) implements Action {
        /** Checks the answer is given. */
        public Respond {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** Answers with whatever a function of the request says (quota logic, a Mockito mock). */
    record Compute(AnswerFunction function) implements Action {
        /** Checks the function is given. */
        public Compute {
            Objects.requireNonNull(function, "function");
        }
    }

    /** Sends exactly this message, with the request's identifiers filled in. */
    record SendMessage(DiameterMessage message) implements Action {
        /** Checks the message is given. */
        public SendMessage {
            Objects.requireNonNull(message, "message");
        }
    }

    /** Runs another action after a delay, scheduled on the event loop. */
    record Delay(Duration delay, Action then) implements Action {
        /** Checks the delay is not negative. */
        public Delay {
            Objects.requireNonNull(then, "then");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative: " + delay);
            }
        }
    }

    /** Leaves the request unanswered. */
    record Drop() implements Action {
    }

    /**
     * What the peer does when no rule says otherwise: the engine's CER, DWR and DPR handling, and
     * the default policy (validation, then 2001 or 3001) for other requests.
     */
    record Default() implements Action {
    }

    /** Runs an action (or nothing) then closes the connection gracefully. */
    record Close(Action before) implements Action {
    }

    /** Resets the connection with a TCP RST. */
    record Reset() implements Action {
    }

    /** Stops reading from the connection (a stalled peer), leaving the request unanswered. */
    record StopReading() implements Action {
    }

    /** Writes raw bytes instead of an answer (wrong length, bad flags, truncated AVP...). */
    record Raw(byte[] bytes) implements Action {
        /** Copies the bytes. */
        public Raw {
            bytes = bytes.clone();
        }

        /** A copy of the bytes. */
        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    /** Sends the answer of another action twice. */
    record Twice(Action answer) implements Action {
        /** Checks the action is given. */
        public Twice {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** Sends the answer with a hop-by-hop identifier the request did not have. */
    record UnknownHopByHop(Action answer) implements Action {
        /** Checks the action is given. */
        public UnknownHopByHop {
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** Answers with {@code answer}. */
    static Action answer(Answer answer) {
        return new Respond(answer);
    }

    /** Answers with the result of {@code function}. */
    static Action answer(AnswerFunction function) {
        return new Compute(function);
    }

    /** Runs {@code then} after {@code delay}. */
    static Action delay(Duration delay, Action then) {
        return new Delay(delay, then);
    }

    /** The peer's default handling. */
    static Action byDefault() {
        return new Default();
    }

    /** No answer. */
    static Action drop() {
        return new Drop();
    }

    /** Closes the connection without answering. */
    static Action close() {
        return new Close(null);
    }

    /** Runs {@code before} (e.g. an answer), then closes the connection. */
    static Action closeAfter(Action before) {
        return new Close(Objects.requireNonNull(before, "before"));
    }

    /** Resets the connection (RST). */
    static Action reset() {
        return new Reset();
    }

    /** Stops reading from the connection. */
    static Action stopReading() {
        return new StopReading();
    }

    /** Sends {@code answer} twice (the second copy answers nothing the peer still waits for). */
    static Action twice(Answer answer) {
        return new Twice(answer(answer));
    }

    /** Sends {@code answer} with a hop-by-hop identifier the request did not have. */
    static Action withUnknownHopByHop(Answer answer) {
        return new UnknownHopByHop(answer(answer));
    }

    /** Writes these bytes instead of an answer. */
    static Action raw(byte[] bytes) {
        return new Raw(bytes);
    }
}
