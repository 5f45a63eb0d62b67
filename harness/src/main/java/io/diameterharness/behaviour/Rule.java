package io.diameterharness.behaviour;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One rule: which requests ({@link RequestPattern}) and what to do, as a sequence of steps each
 * used a number of times ("answer the first 3, then drop"). Optionally limited to the Nth request
 * the pattern matches, and to a state of a named scenario (with a transition when it fires).
 * Immutable; the count of requests it has seen lives in the {@link RuleEngine}.
 */
public final class Rule {
    /** Used for "as many times as asked". */
    public static final int FOREVER = -1;
    /** The state every scenario starts in. */
    public static final String STARTED = "Started";

    /**
     * One step of a rule's sequence.
     *
     * @param action what to do
     * @param times  how many requests this step takes, or {@link #FOREVER}
     */
    public record Step(Action action, int times) {
        /** Checks the count. */
        public Step {
            Objects.requireNonNull(action, "action");
            if (times < 1 && times != FOREVER) {
                throw new IllegalArgumentException("a step is used at least once: times=" + times);
            }
        }
    }

    private final RequestPattern pattern;
    private final List<Step> steps;
    private final int nth;
    private final String scenario;
    private final String requiredState;
    private final String nextState;

    Rule(RequestPattern pattern, List<Step> steps, int nth, String scenario, String requiredState,
         String nextState) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.steps = List.copyOf(steps);
        this.nth = nth;
        this.scenario = scenario;
        this.requiredState = requiredState;
        this.nextState = nextState;
    }

    /** A rule that always does {@code action} for requests matching {@code pattern}. */
    public static Rule of(RequestPattern pattern, Action action) {
        return new Rule(pattern, List.of(new Step(action, FOREVER)), 0, null, null, null);
    }

    /** Which requests. */
    public RequestPattern pattern() {
        return pattern;
    }

    /** The sequence of steps. */
    public List<Step> steps() {
        return steps;
    }

    /** 0, or the N of "only the Nth matching request". */
    public int nth() {
        return nth;
    }

    /** The scenario name, or {@code null}. */
    public String scenario() {
        return scenario;
    }

    /** The scenario state this rule requires, or {@code null} for any. */
    public String requiredState() {
        return requiredState;
    }

    /** The scenario state this rule moves to when it fires, or {@code null}. */
    public String nextState() {
        return nextState;
    }

    /** The action for the request this rule fires for the {@code fired}-th time (0-based), or {@code null} when exhausted. */
    Action actionFor(int fired) {
        int remaining = fired;
        for (Step s : steps) {
            if (s.times() == FOREVER || remaining < s.times()) {
                return s.action();
            }
            remaining -= s.times();
        }
        return null;
    }

    Rule withStep(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new Rule(pattern, next, nth, scenario, requiredState, nextState);
    }

    Rule withLastStepTimes(int times) {
        if (steps.isEmpty()) {
            throw new IllegalStateException("times(...) follows an action");
        }
        List<Step> next = new ArrayList<>(steps);
        Step last = next.remove(next.size() - 1);
        next.add(new Step(last.action(), times));
        return new Rule(pattern, next, nth, scenario, requiredState, nextState);
    }

    Rule withNth(int n) {
        return new Rule(pattern, steps, n, scenario, requiredState, nextState);
    }

    Rule withScenario(String name, String required, String next) {
        return new Rule(pattern, steps, nth, name, required, next);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("on ").append(pattern);
        if (nth > 0) {
            sb.append(" (only request #").append(nth).append(')');
        }
        if (scenario != null) {
            sb.append(" in scenario ").append(scenario);
            if (requiredState != null) {
                sb.append(" when ").append(requiredState);
            }
            if (nextState != null) {
                sb.append(" -> ").append(nextState);
            }
        }
        sb.append(": ");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            sb.append(i == 0 ? "" : ", then ").append(describe(s.action()));
            if (s.times() != FOREVER) {
                sb.append(" x").append(s.times());
            }
        }
        return sb.toString();
    }

    static String describe(Action a) {
        if (a instanceof Action.Respond) {
            return "answer " + ((Action.Respond) a).answer();
        } else if (a instanceof Action.Delay) {
            Action.Delay d = (Action.Delay) a;
            return "after " + d.delay().toMillis() + " ms " + describe(d.then());
        } else if (a instanceof Action.Close) {
            Action before = ((Action.Close) a).before();
            return before == null ? "close" : describe(before) + " then close";
        } else if (a instanceof Action.Twice) {
            return describe(((Action.Twice) a).answer()) + " twice";
        } else if (a instanceof Action.UnknownHopByHop) {
            return describe(((Action.UnknownHopByHop) a).answer()) + " with an unknown hop-by-hop id";
        } else if (a instanceof Action.Raw) {
            return "raw " + ((Action.Raw) a).bytes().length + " bytes";
        } else if (a instanceof Action.Compute) {
            return "computed answer";
        } else if (a instanceof Action.SendMessage) {
            return "send given message";
        } else if (a instanceof Action.Default) {
            return "default handling";
        }
        return a.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }
}
