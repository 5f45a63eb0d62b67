package io.diameterharness.standalone.rules;

import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.standalone.rules.JsonRules.ParsedRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JSON rules of a running server, each with the id its {@link RuleEngine} gave it, so that the
 * admin API can list them as written, replace them in place and delete them. Thread-safe.
 */
public final class RuleStore {
    private final RuleEngine engine;
    private final Map<Long, ParsedRule> rules = new LinkedHashMap<>();

    /**
     * A stored rule.
     *
     * @param id   the engine's id
     * @param rule the rule as read
     */
    public record StoredRule(long id, ParsedRule rule) {
    }

    /** Keeps rules for {@code engine}. */
    public RuleStore(RuleEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** The engine the rules run in. */
    public RuleEngine engine() {
        return engine;
    }

    /** Adds rules in order (a later one takes precedence); returns them with their ids. */
    public synchronized List<StoredRule> addAll(List<ParsedRule> parsed) {
        List<StoredRule> out = new ArrayList<>();
        for (ParsedRule p : parsed) {
            long id = engine.add(p.rule());
            rules.put(id, p);
            out.add(new StoredRule(id, p));
        }
        return out;
    }

    /** The rules, oldest first (the newest matching one wins). */
    public synchronized List<StoredRule> list() {
        List<StoredRule> out = new ArrayList<>();
        rules.forEach((id, r) -> out.add(new StoredRule(id, r)));
        return out;
    }

    /** The rule with this id. */
    public synchronized Optional<StoredRule> get(long id) {
        ParsedRule r = rules.get(id);
        return r == null ? Optional.empty() : Optional.of(new StoredRule(id, r));
    }

    /** Replaces the rule with this id, keeping its place and counts; returns whether it was there. */
    public synchronized boolean replace(long id, ParsedRule next) {
        if (!rules.containsKey(id)) {
            return false;
        }
        engine.replace(id, next.rule());
        rules.put(id, next);
        return true;
    }

    /** Removes the rule with this id; returns whether it was there. */
    public synchronized boolean remove(long id) {
        if (rules.remove(id) == null) {
            return false;
        }
        engine.remove(id);
        return true;
    }

    /** Removes every JSON rule (rules added by other means stay). */
    public synchronized int clear() {
        int n = rules.size();
        for (Long id : rules.keySet()) {
            engine.remove(id);
        }
        rules.clear();
        return n;
    }

    /** Removes every rule of the engine and resets its scenarios. */
    public synchronized void reset() {
        rules.clear();
        engine.reset();
    }
}
