package io.diameterharness.standalone.json;

import io.diameterharness.dictionary.ApplicationDefinition;
import io.diameterharness.dictionary.AvpDefinition;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.dictionary.CommandDefinition;
import io.diameterharness.dictionary.Dictionary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A {@link Vocabulary} held in tables, filled by a {@link Builder} from whatever defines the names
 * (usually the {@link Dictionary}). Immutable once built.
 */
public final class TableVocabulary implements Vocabulary {
    private final Map<String, AvpKey<?>> avpsByName;
    private final Map<Long, AvpKey<?>> avpsByCode;
    private final Map<Long, Map<String, Integer>> enums;
    private final Map<String, Integer> commands;
    private final Map<String, Boolean> commandKinds;
    private final Map<Integer, String[]> commandShortNames;
    private final Map<String, Long> applications;
    private final List<String> avpNames;
    private final List<String> commandNames;
    private final List<String> applicationNames;

    private TableVocabulary(Builder b) {
        this.avpsByName = Map.copyOf(b.avpsByName);
        this.avpsByCode = Map.copyOf(b.avpsByCode);
        Map<Long, Map<String, Integer>> e = new HashMap<>();
        b.enums.forEach((k, v) -> e.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        this.enums = Map.copyOf(e);
        this.commands = Map.copyOf(b.commands);
        this.commandKinds = Map.copyOf(b.commandKinds);
        this.commandShortNames = Map.copyOf(b.commandShortNames);
        this.applications = Map.copyOf(b.applications);
        this.avpNames = List.copyOf(b.avpDisplayNames);
        this.commandNames = List.copyOf(b.commandDisplayNames);
        this.applicationNames = List.copyOf(b.applicationDisplayNames);
    }

    /** An empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The names of a dictionary: every AVP (typed as the dictionary says, with its enumerated
     * values), every command (by its name, full request and answer names and short names such as
     * {@code CCR}) and every application (by its name, and without spaces or the {@code Diameter}
     * prefix, so {@code Diameter Credit Control} is also {@code Credit-Control}).
     */
    public static TableVocabulary fromDictionary(Dictionary dictionary) {
        Builder b = builder();
        for (AvpDefinition d : dictionary.avps()) {
            AvpKey<?> key = key(d);
            b.avp(key);
            d.enumValues().forEach((value, label) -> b.enumValue(key, label, value));
        }
        for (CommandDefinition c : dictionary.commands()) {
            b.command(c.name(), c.code(), c.requestShortName(), c.answerShortName());
        }
        for (ApplicationDefinition a : dictionary.applications()) {
            b.application(a.name(), a.id());
            String dashed = a.name().trim().replace(' ', '-');
            b.application(dashed, a.id());
            if (dashed.startsWith("Diameter-")) {
                b.application(dashed.substring("Diameter-".length()), a.id());
            }
        }
        return b.build();
    }

    /** The typed key of a dictionary AVP. */
    public static AvpKey<?> key(AvpDefinition d) {
        String n = d.name();
        int c = d.code();
        int v = d.vendorId();
        boolean m = d.sendsMandatory();
        switch (d.type()) {
            case UTF8_STRING: case DIAMETER_IDENTITY: case IP_FILTER_RULE: case QOS_FILTER_RULE:
                return AvpKey.text(n, c, v, d.type(), m);
            case INTEGER32: case ENUMERATED: return AvpKey.int32(n, c, v, d.type(), m);
            case UNSIGNED32: case INTEGER64: return AvpKey.int64(n, c, v, d.type(), m);
            case UNSIGNED64: return AvpKey.unsigned64(n, c, v, m);
            case FLOAT32: return AvpKey.float32(n, c, v, m);
            case FLOAT64: return AvpKey.float64(n, c, v, m);
            case ADDRESS: return AvpKey.address(n, c, v, m);
            case TIME: return AvpKey.time(n, c, v, m);
            case DIAMETER_URI: return AvpKey.uri(n, c, v, m);
            case OCTET_STRING: return AvpKey.octets(n, c, v, m);
            case GROUPED: return AvpKey.grouped(n, c, v, m);
            default: throw new IllegalStateException("unhandled type " + d.type());
        }
    }

    private static long codeKey(int code, int vendorId) {
        return ((long) vendorId << 32) | (code & 0xFFFFFFFFL);
    }

    private static String norm(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public Optional<AvpKey<?>> avp(String name) {
        return Optional.ofNullable(avpsByName.get(norm(name)));
    }

    @Override
    public Optional<AvpKey<?>> avp(int code, int vendorId) {
        return Optional.ofNullable(avpsByCode.get(codeKey(code, vendorId)));
    }

    @Override
    public Collection<String> avpNames() {
        return avpNames;
    }

    @Override
    public OptionalInt enumValue(AvpKey<?> avp, String label) {
        Map<String, Integer> values = enums.get(codeKey(avp.code(), avp.vendorId()));
        if (values != null) {
            for (Map.Entry<String, Integer> e : values.entrySet()) {
                if (e.getKey().equalsIgnoreCase(label.trim())) {
                    return OptionalInt.of(e.getValue());
                }
            }
        }
        return OptionalInt.empty();
    }

    /** The labels of an Enumerated AVP, in definition order (empty when none are known). */
    public Collection<String> enumLabels(AvpKey<?> avp) {
        Map<String, Integer> values = enums.get(codeKey(avp.code(), avp.vendorId()));
        return values == null ? List.of() : values.keySet();
    }

    @Override
    public Optional<String> enumLabel(AvpKey<?> avp, int value) {
        Map<String, Integer> values = enums.get(codeKey(avp.code(), avp.vendorId()));
        if (values != null) {
            for (Map.Entry<String, Integer> e : values.entrySet()) {
                if (e.getValue() == value) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public OptionalInt commandCode(String name) {
        Integer c = commands.get(norm(name));
        return c == null ? OptionalInt.empty() : OptionalInt.of(c);
    }

    @Override
    public Optional<Boolean> commandIsRequest(String name) {
        return Optional.ofNullable(commandKinds.get(norm(name)));
    }

    @Override
    public Collection<String> commandNames() {
        return commandNames;
    }

    @Override
    public String commandShortName(int commandCode, boolean request) {
        String[] names = commandShortNames.get(commandCode);
        return names == null ? null : names[request ? 0 : 1];
    }

    @Override
    public OptionalLong applicationId(String name) {
        Long id = applications.get(norm(name));
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public Collection<String> applicationNames() {
        return applicationNames;
    }

    /** Fills a {@link TableVocabulary}; later entries with the same name replace earlier ones. */
    public static final class Builder {
        private final Map<String, AvpKey<?>> avpsByName = new HashMap<>();
        private final Map<Long, AvpKey<?>> avpsByCode = new HashMap<>();
        private final Map<Long, Map<String, Integer>> enums = new HashMap<>();
        private final Map<String, Integer> commands = new HashMap<>();
        private final Map<String, Boolean> commandKinds = new HashMap<>();
        private final Map<Integer, String[]> commandShortNames = new HashMap<>();
        private final Map<String, Long> applications = new HashMap<>();
        private final List<String> avpDisplayNames = new ArrayList<>();
        private final List<String> commandDisplayNames = new ArrayList<>();
        private final List<String> applicationDisplayNames = new ArrayList<>();

        private Builder() {
        }

        /** Adds an AVP. */
        public Builder avp(AvpKey<?> key) {
            if (avpsByName.put(norm(key.name()), key) == null) {
                avpDisplayNames.add(key.name());
            }
            avpsByCode.put(codeKey(key.code(), key.vendorId()), key);
            return this;
        }

        /** Adds a label of an Enumerated AVP. */
        public Builder enumValue(AvpKey<?> key, String label, int value) {
            enums.computeIfAbsent(codeKey(key.code(), key.vendorId()), k -> new LinkedHashMap<>()).put(label, value);
            return this;
        }

        /**
         * Adds a command known as {@code name} (e.g. {@code Credit-Control}), {@code name-Request},
         * {@code name-Answer}, and its short request and answer names.
         */
        public Builder command(String name, int code, String requestShort, String answerShort) {
            putCommand(name, code, null);
            putCommand(name + "-Request", code, true);
            putCommand(name + "-Answer", code, false);
            if (requestShort != null) {
                putCommand(requestShort, code, true);
            }
            if (answerShort != null) {
                putCommand(answerShort, code, false);
            }
            commandShortNames.putIfAbsent(code, new String[] {
                requestShort != null ? requestShort : name + "-Request",
                answerShort != null ? answerShort : name + "-Answer"});
            return this;
        }

        private void putCommand(String name, int code, Boolean request) {
            if (request == null) {
                commandKinds.remove(norm(name));
            } else {
                commandKinds.put(norm(name), request);
            }
            if (commands.put(norm(name), code) == null) {
                commandDisplayNames.add(name);
            }
        }

        /** Adds an application. */
        public Builder application(String name, long id) {
            if (applications.put(norm(name), id) == null) {
                applicationDisplayNames.add(name);
            }
            return this;
        }

        /** The vocabulary. */
        public TableVocabulary build() {
            return new TableVocabulary(this);
        }
    }
}
