package io.diameterharness.standalone.rules;

import io.diameterharness.behaviour.RuleEngine;
import io.diameterharness.standalone.rules.JsonRules.ParsedRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON rules of a running server, each with an id, so that the admin API can list them as
 * written, replace them in place and delete them. A rule goes into every engine of the server (one
 * per listener: TCP, TLS), each keeping its own counts. Thread-safe.
 */
public final class RuleStore {
    private final List<RuleEngine> engines;
    private final Map<Long, Entry> rules = new LinkedHashMap<>();
    private long nextId = 1;

    private record Entry(ParsedRule rule, long[] engineIds) {
    }

    /**
     * A stored rule.
     *
     * @param id   its id in the admin API
     * @param rule the rule as read
     */
    public record StoredRule(long id, ParsedRule rule) {
    }

    /** Keeps rules for these engines. */
    public RuleStore(List<RuleEngine> engines) {
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("a rule store needs at least one engine");
        }
        this.engines = List.copyOf(engines);
    }

    /** Keeps rules for one engine. */
    public RuleStore(RuleEngine engine) {
        this(List.of(engine));
    }

    /** Adds rules in order (a later one takes precedence); returns them with their ids. */
    public synchronized List<StoredRule> addAll(List<ParsedRule> parsed) {
        List<StoredRule> out = new ArrayList<>();
        for (ParsedRule p : parsed) {
            long[] ids = new long[engines.size()];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = engines.get(i).add(p.rule());
            }
            long id = nextId++;
            rules.put(id, new Entry(p, ids));
            out.add(new StoredRule(id, p));
        }
        return out;
    }

    /** The rules, oldest first (the newest matching one wins). */
    public synchronized List<StoredRule> list() {
        List<StoredRule> out = new ArrayList<>();
        rules.forEach((id, e) -> out.add(new StoredRule(id, e.rule())));
        return out;
    }

    /** The rule with this id. */
    public synchronized Optional<StoredRule> get(long id) {
        Entry e = rules.get(id);
        return e == null ? Optional.empty() : Optional.of(new StoredRule(id, e.rule()));
    }

    /** Replaces the rule with this id, keeping its place and counts; returns whether it was there. */
    public synchronized boolean replace(long id, ParsedRule next) {
        Entry e = rules.get(id);
        if (e == null) {
            return false;
        }
        for (int i = 0; i < engines.size(); i++) {
            engines.get(i).replace(e.engineIds()[i], next.rule());
        }
        rules.put(id, new Entry(next, e.engineIds()));
        return true;
    }

    /** Removes the rule with this id; returns whether it was there. */
    public synchronized boolean remove(long id) {
        Entry e = rules.remove(id);
        if (e == null) {
            return false;
        }
        for (int i = 0; i < engines.size(); i++) {
            engines.get(i).remove(e.engineIds()[i]);
        }
        return true;
    }

    /** Removes every JSON rule (rules added by other means stay); returns how many there were. */
    public synchronized int clear() {
        int n = rules.size();
        for (Entry e : rules.values()) {
            for (int i = 0; i < engines.size(); i++) {
                engines.get(i).remove(e.engineIds()[i]);
            }
        }
        rules.clear();
        return n;
    }

    /** Forgets every JSON rule after the engines were reset by their owner. */
    public synchronized void forget() {
        rules.clear();
    }
}
