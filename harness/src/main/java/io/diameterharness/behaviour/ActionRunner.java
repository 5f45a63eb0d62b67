package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;

/**
 * Carries out an {@link Action} on an {@link Exchange}. Runs on the connection's event loop and
 * never blocks: delays are scheduled through {@link Exchange#schedule}.
 */
public final class ActionRunner {
    private ActionRunner() {
    }

    /**
     * Runs {@code action}; {@code defaultHandling} runs for {@link Action.Default}.
     */
    public static void run(Action action, Exchange exchange, Runnable defaultHandling) {
        run(action, exchange, defaultHandling, null);
    }

    private static void run(Action action, Exchange ex, Runnable defaultHandling, Runnable after) {
        DiameterMessage request = ex.request();
        if (action instanceof Action.Respond) {
            ex.send(((Action.Respond) action).answer().toMessage(request, ex.localOriginHost(),
                    ex.localOriginRealm()));
        } else if (action instanceof Action.Compute) {
            Answer answer;
            try {
                answer = ((Action.Compute) action).function().answer(request);
            } catch (RuntimeException | AssertionError e) {
                ex.failed("answer function threw on command " + request.commandCode(), e);
                answer = Answer.failure(ResultCode.DIAMETER_UNABLE_TO_COMPLY)
                        .errorMessage("fake peer answer function failed: " + e);
            }
            if (answer == null) {
                ex.dropped("answer function returned null");
            } else {
                ex.send(answer.toMessage(request, ex.localOriginHost(), ex.localOriginRealm()));
            }
        } else if (action instanceof Action.SendMessage) {
            ex.send(((Action.SendMessage) action).message().toBuilder()
                    .hopByHopId(request.hopByHopId()).endToEndId(request.endToEndId()).build());
        } else if (action instanceof Action.Delay) {
            Action.Delay d = (Action.Delay) action;
            Runnable next = after;
            ex.schedule(d.delay(), () -> run(d.then(), ex, defaultHandling, next));
            return;
        } else if (action instanceof Action.Drop) {
            ex.dropped("a rule drops it");
        } else if (action instanceof Action.Default) {
            defaultHandling.run();
        } else if (action instanceof Action.Close) {
            Action before = ((Action.Close) action).before();
            Runnable closeThen = () -> {
                ex.close("a rule closes the connection");
                if (after != null) {
                    after.run();
                }
            };
            if (before == null) {
                ex.dropped("a rule closes the connection");
                closeThen.run();
            } else {
                run(before, ex, defaultHandling, closeThen);
            }
            return;
        } else if (action instanceof Action.Reset) {
            ex.dropped("a rule resets the connection");
            ex.reset("a rule resets the connection");
        } else if (action instanceof Action.StopReading) {
            ex.dropped("a rule stops reading from the connection");
            ex.stopReading();
        } else if (action instanceof Action.Raw) {
            ex.sendRaw(((Action.Raw) action).bytes());
        } else if (action instanceof Action.Twice) {
            run(((Action.Twice) action).answer(), new Rewriting(ex, false), defaultHandling, after);
            return;
        } else if (action instanceof Action.UnknownHopByHop) {
            run(((Action.UnknownHopByHop) action).answer(), new Rewriting(ex, true), defaultHandling, after);
            return;
        } else {
            throw new IllegalStateException("unhandled action " + action);
        }
        if (after != null) {
            after.run();
        }
    }

    /** Sends each answer twice, or with a hop-by-hop id the request did not have. */
    private static final class Rewriting extends ForwardingExchange {
        private final boolean unknownHopByHop;

        Rewriting(Exchange delegate, boolean unknownHopByHop) {
            super(delegate);
            this.unknownHopByHop = unknownHopByHop;
        }

        @Override
        public void send(DiameterMessage message) {
            if (unknownHopByHop) {
                super.send(message.toBuilder().hopByHopId(message.hopByHopId() ^ 0x5A5A0000).build());
            } else {
                super.send(message);
                super.send(message);
            }
        }
    }
}
