package io.diameterharness.behaviour;

import java.time.Duration;

/**
 * A registered rule: chain the rest of its sequence ({@code .times(3).thenDrop()}) or remove it.
 * Each chained call replaces the rule in place and returns a new handle.
 */
public final class RuleHandle {
    private final RuleEngine engine;
    private final long id;
    private final Rule rule;

    RuleHandle(RuleEngine engine, long id, Rule rule) {
        this.engine = engine;
        this.id = id;
        this.rule = rule;
    }

    /** The rule as registered now. */
    public Rule rule() {
        return rule;
    }

    /** Uses the last action for {@code times} requests only. */
    public RuleHandle times(int times) {
        return replace(rule.withLastStepTimes(times));
    }

    /** After the previous steps, does {@code action}. */
    public RuleHandle then(Action action) {
        return replace(rule.withStep(new Rule.Step(action, Rule.FOREVER)));
    }

    /** After the previous steps, answers with {@code answer}. */
    public RuleHandle thenAnswer(Answer answer) {
        return then(Action.answer(answer));
    }

    /** After the previous steps, leaves requests unanswered. */
    public RuleHandle thenDrop() {
        return then(Action.drop());
    }

    /** After the previous steps, closes the connection. */
    public RuleHandle thenClose() {
        return then(Action.close());
    }

    /** After the previous steps, resets the connection. */
    public RuleHandle thenReset() {
        return then(Action.reset());
    }

    /** After the previous steps, answers with {@code answer} after {@code delay}. */
    public RuleHandle thenAnswerAfter(Duration delay, Answer answer) {
        return then(Action.delay(delay, Action.answer(answer)));
    }

    /** After the previous steps, goes back to the default handling. */
    public RuleHandle thenByDefault() {
        return then(Action.byDefault());
    }

    /**
     * Declares that this rule should handle exactly {@code times} requests; a strict peer fails the
     * test at its end otherwise, and {@code verifyExpectations()} checks it at any time.
     */
    public RuleHandle expectTimes(int times) {
        engine.expect(id, times);
        return this;
    }

    /** How many requests this rule has handled so far. */
    public int firedCount() {
        return engine.firedCount(id);
    }

    /** Removes the rule; returns whether it was still there. */
    public boolean remove() {
        return engine.remove(id);
    }

    private RuleHandle replace(Rule next) {
        engine.replace(id, next);
        return new RuleHandle(engine, id, next);
    }

    @Override
    public String toString() {
        return rule.toString();
    }
}
