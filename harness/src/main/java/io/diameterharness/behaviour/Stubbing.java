package io.diameterharness.behaviour;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The start of a rule: {@code peer.on(creditControlRequest())}, optionally narrowed
 * ({@link #onlyNth(int)}, {@link #inScenario(String)}), then ended by what to do, which registers
 * the rule and returns a {@link RuleHandle} to chain a sequence or remove it.
 *
 * <pre>{@code
 * ocs.on(creditControlRequest()).answer(success().grantingRequestedUnits());
 * ocs.on(deviceWatchdogRequest()).answerTimes(1).thenDrop();
 * ocs.on(creditControlRequest()).onlyNth(2).delay(Duration.ofSeconds(6), Action.answer(success()));
 * ocs.on(creditControlRequest(UPDATE)).inScenario("quota").whenState("Started").willSetStateTo("empty")
 *    .answer(failure(DIAMETER_CREDIT_LIMIT_REACHED));
 * }</pre>
 */
public final class Stubbing {
    private final RuleEngine engine;
    private final RequestPattern pattern;
    private final int nth;
    private final String scenario;
    private final String requiredState;
    private final String nextState;

    /** Starts a rule for {@code pattern} in {@code engine}. */
    public Stubbing(RuleEngine engine, RequestPattern pattern) {
        this(engine, pattern, 0, null, null, null);
    }

    private Stubbing(RuleEngine engine, RequestPattern pattern, int nth, String scenario, String requiredState,
                     String nextState) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.nth = nth;
        this.scenario = scenario;
        this.requiredState = requiredState;
        this.nextState = nextState;
    }

    /** Applies only to the Nth request (1-based) that matches the pattern. */
    public Stubbing onlyNth(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("onlyNth counts from 1: " + n);
        }
        return new Stubbing(engine, pattern, n, scenario, requiredState, nextState);
    }

    /** Makes the rule part of a named scenario (a state machine shared by rules of this peer). */
    public Stubbing inScenario(String name) {
        return new Stubbing(engine, pattern, nth, Objects.requireNonNull(name, "name"), requiredState, nextState);
    }

    /** Applies only while the scenario is in {@code state} ({@link Rule#STARTED} at first). */
    public Stubbing whenState(String state) {
        requireScenario("whenState");
        return new Stubbing(engine, pattern, nth, scenario, Objects.requireNonNull(state), nextState);
    }

    /** Moves the scenario to {@code state} when the rule fires. */
    public Stubbing willSetStateTo(String state) {
        requireScenario("willSetStateTo");
        return new Stubbing(engine, pattern, nth, scenario, requiredState, Objects.requireNonNull(state));
    }

    private void requireScenario(String method) {
        if (scenario == null) {
            throw new IllegalStateException(method + "(...) needs inScenario(name) first");
        }
    }

    /** Does {@code action} for every matching request; registers the rule. */
    public RuleHandle respond(Action action) {
        Rule rule = new Rule(pattern, List.of(new Rule.Step(action, Rule.FOREVER)), nth, scenario, requiredState,
                nextState);
        return new RuleHandle(engine, engine.add(rule), rule);
    }

    /** Answers with {@code answer}. */
    public RuleHandle answer(Answer answer) {
        return respond(Action.answer(answer));
    }

    /** Answers with what {@code function} computes from each request. */
    public RuleHandle answer(AnswerFunction function) {
        return respond(Action.answer(function));
    }

    /** Leaves the default handling in place for the first {@code times} requests; chain what follows. */
    public RuleHandle answerTimes(int times) {
        return respond(Action.byDefault()).times(times);
    }

    /** Leaves matching requests unanswered. */
    public RuleHandle drop() {
        return respond(Action.drop());
    }

    /** Closes the connection instead of answering. */
    public RuleHandle close() {
        return respond(Action.close());
    }

    /** Resets the connection instead of answering. */
    public RuleHandle reset() {
        return respond(Action.reset());
    }

    /** Stops reading from the connection (a stalled peer). */
    public RuleHandle stopReading() {
        return respond(Action.stopReading());
    }

    /** Runs {@code then} after {@code delay}. */
    public RuleHandle delay(Duration delay, Action then) {
        return respond(Action.delay(delay, then));
    }

    /** Answers with {@code answer} after {@code delay}. */
    public RuleHandle answerAfter(Duration delay, Answer answer) {
        return respond(Action.delay(delay, Action.answer(answer)));
    }

    /** Writes these bytes instead of an answer. */
    public RuleHandle answerRaw(byte[] bytes) {
        return respond(Action.raw(bytes));
    }
}
