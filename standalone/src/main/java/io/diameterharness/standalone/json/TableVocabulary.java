package io.diameterharness.standalone.json;

import io.diameterharness.codec.AvpType;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.dictionary.Avps;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
 * (the dictionary, or the typed constants of {@link Avps}). Immutable once built.
 */
public final class TableVocabulary implements Vocabulary {
    private final Map<String, AvpKey<?>> avpsByName;
    private final Map<Long, AvpKey<?>> avpsByCode;
    private final Map<Long, Map<String, Integer>> enums;
    private final Map<String, Integer> commands;
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
     * The names every Diameter Harness build knows without a dictionary: the typed constants of
     * {@link Avps}, the base protocol and RFC 4006 commands, and the common applications.
     */
    public static TableVocabulary fromAvpConstants() {
        Builder b = builder();
        for (Field f : Avps.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == AvpKey.class) {
                try {
                    b.avp((AvpKey<?>) f.get(null));
                } catch (IllegalAccessException ex) {
                    throw new IllegalStateException("cannot read " + f, ex);
                }
            }
        }
        b.command("Capabilities-Exchange", 257, "CER", "CEA")
                .command("Re-Auth", 258, "RAR", "RAA")
                .command("Accounting", 271, "ACR", "ACA")
                .command("Credit-Control", 272, "CCR", "CCA")
                .command("Abort-Session", 274, "ASR", "ASA")
                .command("Session-Termination", 275, "STR", "STA")
                .command("Device-Watchdog", 280, "DWR", "DWA")
                .command("Disconnect-Peer", 282, "DPR", "DPA");
        b.application("Diameter Common Messages", 0).application("Diameter Base Accounting", 3)
                .application("Credit-Control", 4).application("Relay", 0xFFFFFFFFL);
        // RFC 4006 (Credit-Control), the application the standalone server plays by default.
        AvpKey<Integer> ccRequestType = AvpKey.int32("CC-Request-Type", 416, 0, AvpType.ENUMERATED, true);
        AvpKey<Integer> subscriptionIdType = AvpKey.int32("Subscription-Id-Type", 450, 0, AvpType.ENUMERATED, true);
        AvpKey<Integer> finalUnitAction = AvpKey.int32("Final-Unit-Action", 449, 0, AvpType.ENUMERATED, true);
        b.avp(ccRequestType).avp(subscriptionIdType).avp(finalUnitAction)
                .avp(AvpKey.int64("CC-Request-Number", 415, 0, AvpType.UNSIGNED32, true))
                .avp(AvpKey.text("Service-Context-Id", 461, 0, AvpType.UTF8_STRING, true))
                .avp(AvpKey.grouped("Subscription-Id", 443, 0, true))
                .avp(AvpKey.text("Subscription-Id-Data", 444, 0, AvpType.UTF8_STRING, true))
                .avp(AvpKey.grouped("Multiple-Services-Credit-Control", 456, 0, true))
                .avp(AvpKey.grouped("Requested-Service-Unit", 437, 0, true))
                .avp(AvpKey.grouped("Granted-Service-Unit", 431, 0, true))
                .avp(AvpKey.grouped("Used-Service-Unit", 446, 0, true))
                .avp(AvpKey.int64("CC-Time", 420, 0, AvpType.UNSIGNED32, true))
                .avp(AvpKey.unsigned64("CC-Total-Octets", 421, 0, true))
                .avp(AvpKey.unsigned64("CC-Input-Octets", 412, 0, true))
                .avp(AvpKey.unsigned64("CC-Output-Octets", 414, 0, true))
                .avp(AvpKey.unsigned64("CC-Service-Specific-Units", 417, 0, true))
                .avp(AvpKey.int64("Rating-Group", 432, 0, AvpType.UNSIGNED32, true))
                .avp(AvpKey.int64("Service-Identifier", 439, 0, AvpType.UNSIGNED32, true))
                .avp(AvpKey.int64("Validity-Time", 448, 0, AvpType.UNSIGNED32, true))
                .avp(AvpKey.grouped("Final-Unit-Indication", 430, 0, true));
        b.enumValue(ccRequestType, "INITIAL_REQUEST", 1).enumValue(ccRequestType, "UPDATE_REQUEST", 2)
                .enumValue(ccRequestType, "TERMINATION_REQUEST", 3).enumValue(ccRequestType, "EVENT_REQUEST", 4);
        b.enumValue(subscriptionIdType, "END_USER_E164", 0).enumValue(subscriptionIdType, "END_USER_IMSI", 1)
                .enumValue(subscriptionIdType, "END_USER_SIP_URI", 2).enumValue(subscriptionIdType, "END_USER_NAI", 3)
                .enumValue(subscriptionIdType, "END_USER_PRIVATE", 4);
        b.enumValue(finalUnitAction, "TERMINATE", 0).enumValue(finalUnitAction, "REDIRECT", 1)
                .enumValue(finalUnitAction, "RESTRICT_ACCESS", 2);
        return b.build();
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
            putCommand(name, code);
            putCommand(name + "-Request", code);
            putCommand(name + "-Answer", code);
            if (requestShort != null) {
                putCommand(requestShort, code);
            }
            if (answerShort != null) {
                putCommand(answerShort, code);
            }
            commandShortNames.putIfAbsent(code, new String[] {
                requestShort != null ? requestShort : name + "-Request",
                answerShort != null ? answerShort : name + "-Answer"});
            return this;
        }

        private void putCommand(String name, int code) {
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
