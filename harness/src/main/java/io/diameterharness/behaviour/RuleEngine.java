package io.diameterharness.behaviour;

import io.diameterharness.codec.DiameterMessage;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules of one fake peer, and the decision for each request: the most recently added rule
 * whose pattern matches, whose Nth condition and scenario state hold, and whose steps are not used
 * up, gives the action; when none does, the action is {@link Action.Default} and the request is
 * recorded as unmatched. Rules can be added, replaced and removed from any thread while
 * connections are live; decisions are serialised so sequences count exactly.
 */
public final class RuleEngine {
    /** How many unmatched requests are kept for reports. */
    public static final int MAX_UNMATCHED = 1000;

    private final Object lock = new Object();
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, String> scenarioStates = new HashMap<>();
    private final Deque<DiameterMessage> unmatched = new ArrayDeque<>();
    private long nextId = 1;

    private static final class Entry {
        final long id;
        Rule rule;
        int seen;
        int fired;
        int expected = -1;

        Entry(long id, Rule rule) {
            this.id = id;
            this.rule = rule;
        }
    }

    /**
     * The decision for one request.
     *
     * @param action the action to run
     * @param rule   the rule that gave it, or {@code null} when no rule matched
     */
    public record Decision(Action action, Rule rule) {
        /** Whether no rule matched. */
        public boolean unmatched() {
            return rule == null;
        }
    }

    /** Adds a rule (it takes precedence over every older rule); returns its id. */
    public long add(Rule rule) {
        synchronized (lock) {
            long id = nextId++;
            entries.add(new Entry(id, rule));
            return id;
        }
    }

    /** Replaces the rule with this id, keeping its position and counts. */
    public void replace(long id, Rule rule) {
        synchronized (lock) {
            for (Entry e : entries) {
                if (e.id == id) {
                    e.rule = rule;
                    return;
                }
            }
            throw new IllegalStateException("no rule with id " + id + " (removed or reset?)");
        }
    }

    /** Declares that the rule with this id should fire exactly {@code times} times (checked by {@link #unmetExpectations()}). */
    public void expect(long id, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("an expectation counts from 0: " + times);
        }
        synchronized (lock) {
            entry(id).expected = times;
        }
    }

    /** How many requests the rule with this id has handled. */
    public int firedCount(long id) {
        synchronized (lock) {
            return entry(id).fired;
        }
    }

    /** One line per rule whose declared expectation is not met, e.g. {@code on CCR: answer ... expected 2 times, fired 1}. */
    public List<String> unmetExpectations() {
        synchronized (lock) {
            List<String> out = new ArrayList<>();
            for (Entry e : entries) {
                if (e.expected >= 0 && e.fired != e.expected) {
                    out.add(e.rule + " expected " + e.expected + " time" + (e.expected == 1 ? "" : "s")
                            + ", fired " + e.fired);
                }
            }
            return out;
        }
    }

    private Entry entry(long id) {
        for (Entry e : entries) {
            if (e.id == id) {
                return e;
            }
        }
        throw new IllegalStateException("no rule with id " + id + " (removed or reset?)");
    }

    /** Removes the rule with this id; returns whether it was there. */
    public boolean remove(long id) {
        synchronized (lock) {
            return entries.removeIf(e -> e.id == id);
        }
    }

    /** The rules, oldest first. */
    public List<Rule> rules() {
        synchronized (lock) {
            List<Rule> out = new ArrayList<>();
            for (Entry e : entries) {
                out.add(e.rule);
            }
            return out;
        }
    }

    /** Removes every rule, resets every scenario to {@link Rule#STARTED} and forgets unmatched requests. */
    public void reset() {
        synchronized (lock) {
            entries.clear();
            scenarioStates.clear();
            unmatched.clear();
        }
    }

    /** The current state of a scenario ({@link Rule#STARTED} until a rule moves it). */
    public String scenarioState(String scenario) {
        synchronized (lock) {
            return scenarioStates.getOrDefault(scenario, Rule.STARTED);
        }
    }

    /** Sets a scenario's state. */
    public void setScenarioState(String scenario, String state) {
        synchronized (lock) {
            scenarioStates.put(scenario, state);
        }
    }

    /** Requests no rule matched (the most recent {@value #MAX_UNMATCHED}), oldest first. */
    public List<DiameterMessage> unmatched() {
        synchronized (lock) {
            return List.copyOf(unmatched);
        }
    }

    /** Decides what to do with a request. */
    public Decision decide(DiameterMessage request, Exchange exchange) {
        synchronized (lock) {
            for (int i = entries.size() - 1; i >= 0; i--) {
                Entry e = entries.get(i);
                Rule r = e.rule;
                if (r.scenario() != null && r.requiredState() != null
                        && !r.requiredState().equals(scenarioStates.getOrDefault(r.scenario(), Rule.STARTED))) {
                    continue;
                }
                if (!r.pattern().matches(request, exchange)) {
                    continue;
                }
                e.seen++;
                if (r.nth() > 0 && e.seen != r.nth()) {
                    continue;
                }
                Action a = r.actionFor(e.fired);
                if (a == null) {
                    continue;
                }
                e.fired++;
                if (r.scenario() != null && r.nextState() != null) {
                    scenarioStates.put(r.scenario(), r.nextState());
                }
                return new Decision(a, r);
            }
            if (!isBaseProtocol(request)) {
                if (unmatched.size() == MAX_UNMATCHED) {
                    unmatched.removeFirst();
                }
                unmatched.addLast(request);
            }
            return new Decision(new Action.Default(), null);
        }
    }

    private static boolean isBaseProtocol(DiameterMessage m) {
        int c = m.commandCode();
        return c == 257 || c == 280 || c == 282;
    }
}
