package io.diameterharness.fake;

import io.diameterharness.behaviour.ActionRunner;
import io.diameterharness.behaviour.Answer;
import io.diameterharness.behaviour.Exchange;
import io.diameterharness.behaviour.RequestPattern;
import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.behaviour.Stubbing;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.AvpPath;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.Violation;
import io.diameterharness.journal.ConnectionEvent;
import io.diameterharness.journal.Direction;
import io.diameterharness.journal.Journal;
import io.diameterharness.journal.MessageEntry;
import io.diameterharness.peer.InboundRequest;
import io.diameterharness.peer.Peer;
import io.diameterharness.peer.PeerConnection;
import io.diameterharness.peer.RequestHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * What fake servers and fake clients share: rules ({@link #on(RequestPattern)}), the picky-peer
 * requirements, the default handling of unmatched requests, and reading what was captured
 * ({@link #takeRequest()}, {@link #awaitRequest(RequestPattern, Duration)}, {@link #requests()}).
 *
 * <p>Every inbound request goes: picky requirements first (a missing required AVP is answered 5005
 * whatever the rules say), then the rules (most recent first), then the default: CER, DWR and DPR
 * by the engine; other requests validated against the dictionary (the first violation answered
 * with its Result-Code and Failed-AVP), and otherwise answered per the {@link UnmatchedPolicy}.
 */
public abstract class FakePeer implements AutoCloseable {
    /** How long the blocking reads wait when no timeout is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final String name;
    private final RuleEngine rules = new RuleEngine();
    private final List<Requirement> requirements = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> periodic = new CopyOnWriteArrayList<>();
    private final Dictionary dictionary;
    private final UnmatchedPolicy unmatchedPolicy;
    private final boolean validateUnmatched;
    private final Duration defaultTimeout;
    private final String realm;

    private record Requirement(RequestPattern requests, AvpPath<?> path, boolean reportFailedAvp) {
    }

    FakePeer(String name, String realm, Dictionary dictionary, UnmatchedPolicy unmatchedPolicy,
             boolean validateUnmatched, Duration defaultTimeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.realm = realm;
        this.dictionary = dictionary;
        this.unmatchedPolicy = unmatchedPolicy;
        this.validateUnmatched = validateUnmatched;
        this.defaultTimeout = defaultTimeout;
    }

    /**
     * What fake servers and clients are configured with alike; {@link FakeServer.Builder} and
     * {@link FakeClient.Builder} add their own. Mutable until {@code build()}.
     *
     * @param <B> the concrete builder, returned by every setter
     */
    public abstract static class Builder<B extends Builder<B>> {
        String name;
        String originHost;
        String realm = "example.net";
        Dictionary dictionary;
        UnmatchedPolicy unmatchedPolicy = UnmatchedPolicy.SUCCESS;
        Duration defaultTimeout = DEFAULT_TIMEOUT;
        final io.diameterharness.peer.PeerConfig.Builder config = io.diameterharness.peer.PeerConfig.builder();

        Builder(String defaultName) {
            this.name = defaultName;
        }

        @SuppressWarnings("unchecked")
        private B self() {
            return (B) this;
        }

        String originHost() {
            return originHost != null ? originHost : name + "." + realm;
        }

        Dictionary dictionaryOrBuiltIn() {
            return dictionary != null ? dictionary : Dictionary.builtIn();
        }

        /** A name to tell several peers of one test apart; also the default Origin-Host's first label. */
        public B name(String n) {
            this.name = Objects.requireNonNull(n, "name");
            return self();
        }

        /** Our Origin-Host (default {@code <name>.<realm>}). */
        public B originHost(String host) {
            this.originHost = Objects.requireNonNull(host, "originHost");
            return self();
        }

        /** Our Origin-Realm (default {@code example.net}). */
        public B realm(String r) {
            this.realm = Objects.requireNonNull(r, "realm");
            return self();
        }

        /** Adds Auth-Application-Ids to advertise (when none is given at all: 4, Credit-Control). */
        public B applications(long... authApplicationIds) {
            config.authApplicationIds(authApplicationIds);
            return self();
        }

        /** The Device-Watchdog interval Tw (default 30 s). */
        public B watchdog(Duration tw) {
            config.watchdogInterval(tw);
            return self();
        }

        /** The dictionary for validation and rendering (default: the built-in one). */
        public B dictionary(Dictionary d) {
            this.dictionary = Objects.requireNonNull(d, "dictionary");
            return self();
        }

        /** How requests no rule matched are answered once they validate (default {@link UnmatchedPolicy#SUCCESS}). */
        public B unmatched(UnmatchedPolicy policy) {
            this.unmatchedPolicy = Objects.requireNonNull(policy, "policy");
            return self();
        }

        /** The timeout of the blocking reads and of synchronous sends (default 5 s). */
        public B defaultTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("defaultTimeout must be positive: " + timeout);
            }
            this.defaultTimeout = timeout;
            return self();
        }

        /** Anything else of the engine's configuration (TLS, SCTP, capabilities, policies, scheduler...). */
        public B peerConfig(java.util.function.Consumer<io.diameterharness.peer.PeerConfig.Builder> change) {
            change.accept(config);
            return self();
        }

        /** The engine configuration with our identity and the fake's request handler. */
        io.diameterharness.peer.PeerConfig peerConfig(FakePeer fake) {
            return withDefaultApplication(config.originHost(originHost()).originRealm(realm)
                    .requestHandler(fake.handler()).build());
        }
    }

    /** Advertises Credit-Control (4) when the configuration names no application at all. */
    static io.diameterharness.peer.PeerConfig withDefaultApplication(io.diameterharness.peer.PeerConfig c) {
        if (c.authApplicationIds().isEmpty() && c.acctApplicationIds().isEmpty()
                && c.vendorSpecificApplicationIds().isEmpty()) {
            return c.toBuilder().authApplicationIds(4).build();
        }
        return c;
    }

    /** The engine peer under this fake. */
    abstract Peer peer();

    /** The request handler to install in the engine's configuration. */
    final RequestHandler handler() {
        return this::handle;
    }

    /** The peer's name (tells several peers of one test apart). */
    public String name() {
        return name;
    }

    /** The dictionary used for validation and rendering. */
    public Dictionary dictionary() {
        return dictionary;
    }

    // ------------------------------------------------------------------ behaviour

    /** Starts a rule for requests matching {@code requests}; end it with what to do. */
    public Stubbing on(RequestPattern requests) {
        return new Stubbing(rules, requests);
    }

    /** The rules of this peer. */
    public RuleEngine rules() {
        return rules;
    }

    /**
     * A picky peer: requests matching {@code requests} must carry an AVP at {@code path}, or they are
     * answered 5005 DIAMETER_MISSING_AVP with a Failed-AVP naming it (RFC 6733 section 7.5), whatever
     * the rules say.
     */
    public void requireAvp(RequestPattern requests, AvpPath<?> path) {
        requirements.add(new Requirement(requests, path, true));
    }

    /**
     * Like {@link #requireAvp(RequestPattern, AvpPath)}, but the 5005 answer carries no Failed-AVP:
     * the real peers that do not say what is missing.
     */
    public void requireAvpWithoutSayingWhich(RequestPattern requests, AvpPath<?> path) {
        requirements.add(new Requirement(requests, path, false));
    }

    private void handle(InboundRequest in) {
        PeerExchange ex = new PeerExchange(in, realm);
        DiameterMessage request = in.message();
        for (Requirement r : requirements) {
            if (r.requests().matches(request, ex) && r.path().resolve(request).isEmpty()) {
                Answer a = Answer.failure(ResultCode.DIAMETER_MISSING_AVP);
                if (r.reportFailedAvp()) {
                    a = a.failedAvp(r.path().missingAvp());
                }
                ex.send(a.toMessage(request, ex.localOriginHost(), realm));
                return;
            }
        }
        RuleEngine.Decision d = rules.decide(request, ex);
        ActionRunner.run(d.action(), ex, () -> defaultHandling(in, ex));
    }

    private void defaultHandling(InboundRequest in, Exchange ex) {
        DiameterMessage m = in.message();
        int c = m.commandCode();
        if (c == 257 || c == 280 || c == 282) {
            in.answerByDefault();
            return;
        }
        if (validateUnmatched) {
            List<Violation> violations = dictionary.validate(m);
            if (!violations.isEmpty()) {
                Violation v = violations.get(0);
                in.answer(in.errorAnswer(v.resultCode(), v.description(),
                        v.failedAvpContent().map(List::of).orElse(List.of())));
                return;
            }
        }
        if (unmatchedPolicy == UnmatchedPolicy.SUCCESS) {
            in.answer(Answer.success().toMessage(m, ex.localOriginHost(), realm));
        } else {
            in.answer(in.errorAnswer(ResultCode.DIAMETER_COMMAND_UNSUPPORTED,
                    "no rule of fake peer " + name + " answers command " + c, List.of()));
        }
    }

    // ------------------------------------------------------------------ captured messages

    /** What this peer received and sent, and its connection events. */
    public Journal journal() {
        return peer().journal();
    }

    /**
     * The next application request received (CER, DWR and DPR are skipped) that no earlier take
     * returned; waits up to the default timeout.
     *
     * @throws AssertionError when none arrives in time, listing what was received
     */
    public DiameterMessage takeRequest() {
        return takeRequest(defaultTimeout);
    }

    /** Like {@link #takeRequest()} with a timeout. */
    public DiameterMessage takeRequest(Duration timeout) {
        return take("application request", e -> !isBase(e.message()), timeout);
    }

    /** The next received request matching {@code requests} that no earlier take returned. */
    public DiameterMessage takeRequest(RequestPattern requests, Duration timeout) {
        return take("request matching " + requests, e -> requests.matches(e.message(), new EntryExchange(e)),
                timeout);
    }

    /**
     * Waits until a request matching {@code requests} has been received (taken or not) and returns
     * the oldest such.
     */
    public DiameterMessage awaitRequest(RequestPattern requests, Duration timeout) {
        try {
            return journal().await(MessageEntry.class, "request matching " + requests,
                    e -> receivedRequest(e) && requests.matches(e.message(), new EntryExchange(e)), timeout).message();
        } catch (AssertionError e) {
            throw withTrees(e);
        }
    }

    /**
     * Waits until an answer with this Hop-by-Hop Identifier has been received and returns it: how a
     * test reads the answer to a request it wrote as raw bytes ({@code connection().writeRaw(...)}),
     * a malformed one say, which no {@code send} future waits for.
     *
     * @throws AssertionError when none arrives in time, listing what was received
     */
    public DiameterMessage awaitAnswer(int hopByHopId, Duration timeout) {
        return journal().await(MessageEntry.class, String.format("an answer with Hop-by-Hop Identifier 0x%08x",
                hopByHopId), e -> e.direction() == Direction.INBOUND && e.message() != null
                        && e.message().isAnswer() && e.message().hopByHopId() == hopByHopId, timeout).message();
    }

    private DiameterMessage take(String what, Predicate<MessageEntry> filter, Duration timeout) {
        try {
            return journal().take(what, e -> receivedRequest(e) && filter.test(e), timeout).message();
        } catch (AssertionError e) {
            throw withTrees(e);
        }
    }

    /** The journal's timeout failure, followed by the last requests received, each as a tree. */
    private AssertionError withTrees(AssertionError timeout) {
        List<DiameterMessage> received = requests();
        if (received.isEmpty()) {
            return timeout;
        }
        StringBuilder sb = new StringBuilder(timeout.getMessage()).append("\nfake peer ").append(name)
                .append(" received these requests");
        int from = Math.max(0, received.size() - 5);
        sb.append(from > 0 ? " (the last 5 of " + received.size() + "):" : ":");
        for (DiameterMessage m : received.subList(from, received.size())) {
            sb.append('\n').append(dictionary.render(m).stripTrailing());
        }
        AssertionError e = new AssertionError(sb.toString());
        e.setStackTrace(timeout.getStackTrace());
        return e;
    }

    private static boolean receivedRequest(MessageEntry e) {
        return e.direction() == Direction.INBOUND && e.message() != null && e.message().isRequest();
    }

    private static boolean isBase(DiameterMessage m) {
        int c = m.commandCode();
        return c == 257 || c == 280 || c == 282;
    }

    /** Every request received so far (base protocol included), oldest first. */
    public List<DiameterMessage> requests() {
        return messages(e -> receivedRequest(e));
    }

    /** Every request received so far that matches, oldest first. */
    public List<DiameterMessage> requests(RequestPattern requests) {
        return messages(e -> receivedRequest(e) && requests.matches(e.message(), new EntryExchange(e)));
    }

    /** Every answer this peer sent, oldest first. */
    public List<DiameterMessage> sentAnswers() {
        return messages(e -> e.direction() == Direction.OUTBOUND && e.message() != null && e.message().isAnswer());
    }

    /** Every answer this peer received (to requests it sent), oldest first. */
    public List<DiameterMessage> receivedAnswers() {
        return messages(e -> e.direction() == Direction.INBOUND && e.message() != null && e.message().isAnswer());
    }

    private List<DiameterMessage> messages(Predicate<MessageEntry> filter) {
        List<DiameterMessage> out = new ArrayList<>();
        for (MessageEntry e : journal().messages()) {
            if (filter.test(e)) {
                out.add(e.message());
            }
        }
        return out;
    }

    /** The number of requests received that match. */
    public int requestCount(RequestPattern requests) {
        return requests(requests).size();
    }

    /** Requests no rule matched (answered by the default handling), oldest first. */
    public List<DiameterMessage> unmatchedRequests() {
        return rules.unmatched();
    }

    /** Rules whose declared expectation ({@code expectTimes}) is not met, one line each. */
    public List<String> unmetExpectations() {
        return rules.unmetExpectations();
    }

    /**
     * Fails unless every rule with a declared expectation handled exactly that many requests.
     *
     * @throws AssertionError listing the rules whose count differs
     */
    public void verifyExpectations() {
        List<String> unmet = unmetExpectations();
        if (!unmet.isEmpty()) {
            throw new AssertionError("fake peer " + name + ": " + String.join("; ", unmet));
        }
    }

    /**
     * Problems inside the fake peer that the test should hear about: an answer function that threw,
     * a write that failed.
     */
    public List<String> errors() {
        List<String> out = new ArrayList<>();
        for (ConnectionEvent e : journal().events()) {
            if (e.kind() == ConnectionEvent.Kind.ERROR) {
                out.add(e.summary());
            }
        }
        return out;
    }

    /**
     * Fails unless every application request received has been taken by {@link #takeRequest()}.
     *
     * @throws AssertionError listing the requests not taken
     */
    public void assertNoMoreRequests() {
        List<DiameterMessage> left = new ArrayList<>();
        while (true) {
            try {
                left.add(takeRequest(Duration.ZERO));
            } catch (AssertionError none) {
                break;
            }
        }
        if (!left.isEmpty()) {
            StringBuilder sb = new StringBuilder("fake peer " + name + " received " + left.size()
                    + " request(s) the test did not take:");
            for (DiameterMessage m : left) {
                sb.append('\n').append(dictionary.render(m));
            }
            throw new AssertionError(sb.toString());
        }
    }

    /** Removes every rule and requirement, resets scenarios, and clears the journal. */
    public void reset() {
        rules.reset();
        requirements.clear();
        journal().clear();
    }

    /** The connections not yet closed. */
    public List<PeerConnection> connections() {
        return peer().connections();
    }

    /** The Origin-State-Id advertised now. */
    public long originStateId() {
        return peer().originStateId();
    }

    /** Simulates a reboot: drops every connection and takes a new, higher Origin-State-Id. */
    public void restart() {
        peer().restart();
    }

    /** Whether the peer is started and not closed. */
    public boolean isRunning() {
        return peer().isRunning();
    }

    /** The journal as text, one line per message or event. */
    public String transcript() {
        return journal().transcript();
    }

    /**
     * Sends a DWR on every open connection every {@code interval}, whatever the traffic (RFC 3539
     * sends one only after Tw of silence; some peers do not care). Answers are recorded in the
     * journal. Stops when the returned handle is closed or the peer closes.
     */
    public AutoCloseable sendWatchdogRequestsEvery(Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("watchdog interval must be positive: " + interval);
        }
        io.diameterharness.peer.Scheduler scheduler = peer().config().scheduler();
        java.util.concurrent.ScheduledExecutorService loop = io.diameterharness.transport.EventLoops.shared().next();
        java.util.concurrent.atomic.AtomicReference<io.diameterharness.peer.Scheduler.Timer> next =
                new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stopped = new java.util.concurrent.atomic.AtomicBoolean();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (stopped.get() || !isRunning()) {
                return;
            }
            for (PeerConnection c : connections()) {
                if (c.state() == io.diameterharness.peer.ConnectionState.OPEN) {
                    c.send(c.newRequest(280, 0).avp(io.diameterharness.dictionary.Avps.ORIGIN_STATE_ID
                            .avp(c.originStateId())).build(), interval);
                }
            }
            next.set(scheduler.schedule(loop, interval, tick[0]));
        };
        next.set(scheduler.schedule(loop, interval, tick[0]));
        AutoCloseable handle = () -> {
            stopped.set(true);
            io.diameterharness.peer.Scheduler.Timer t = next.get();
            if (t != null) {
                t.cancel();
            }
        };
        periodic.add(handle);
        return handle;
    }

    /** Closes every connection, cancels every timer and releases the port; idempotent. */
    @Override
    public void close() {
        for (AutoCloseable p : periodic) {
            try {
                p.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        periodic.clear();
        peer().close();
    }

    /** Default read timeout. */
    Duration defaultTimeout() {
        return defaultTimeout;
    }

    /** A read-only view of a journal entry for request patterns that look at the connection. */
    private static final class EntryExchange implements Exchange {
        private final MessageEntry e;

        EntryExchange(MessageEntry e) {
            this.e = e;
        }

        @Override
        public DiameterMessage request() {
            return e.message();
        }

        @Override
        public String connectionId() {
            return "c" + e.connection().connectionId();
        }

        @Override
        public String remoteOriginHost() {
            return e.connection().peerHost();
        }

        @Override
        public InetSocketAddress remoteAddress() {
            return e.connection().remoteAddress();
        }

        @Override
        public String localOriginHost() {
            return e.connection().localHost();
        }

        @Override
        public String localOriginRealm() {
            throw readOnly();
        }

        @Override
        public long localOriginStateId() {
            throw readOnly();
        }

        @Override
        public void send(DiameterMessage message) {
            throw readOnly();
        }

        @Override
        public void sendRaw(byte[] bytes) {
            throw readOnly();
        }

        @Override
        public void close(String reason) {
            throw readOnly();
        }

        @Override
        public void reset(String reason) {
            throw readOnly();
        }

        @Override
        public void stopReading() {
            throw readOnly();
        }

        @Override
        public void schedule(Duration delay, Runnable task) {
            throw readOnly();
        }

        @Override
        public void dropped(String reason) {
            throw readOnly();
        }

        @Override
        public void failed(String what, Throwable cause) {
            throw readOnly();
        }

        private static UnsupportedOperationException readOnly() {
            return new UnsupportedOperationException("a captured request can be matched, not acted on");
        }
    }

}
