package io.diameterharness.dictionary;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * A path to AVPs through grouped AVPs, e.g.
 * {@code Multiple-Services-Credit-Control/Requested-Service-Unit/CC-Service-Specific-Units}.
 * Every step may match several AVPs (AVPs repeat), so a path resolves to a list.
 *
 * @param <T> the value type of the last AVP
 */
public final class AvpPath<T> {
    /** The deepest grouping walked; deeper values are not looked at. */
    public static final int MAX_DEPTH = 32;

    /**
     * One step: code and vendor, with a name for messages.
     *
     * @param code     AVP code
     * @param vendorId vendor, 0 for none
     * @param name     display name
     */
    public record Segment(int code, int vendorId, String name) {
        /** Checks the name. */
        public Segment {
            Objects.requireNonNull(name, "name");
        }

        boolean matches(Avp a) {
            return a.code() == code && a.vendorId() == vendorId;
        }
    }

    private final List<Segment> segments;
    private final Function<Avp, T> reader;
    private final AvpType leafType;

    private AvpPath(List<Segment> segments, Function<Avp, T> reader, AvpType leafType) {
        if (segments.isEmpty() || segments.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a path has 1 to " + MAX_DEPTH + " steps: " + segments.size());
        }
        this.segments = List.copyOf(segments);
        this.reader = reader;
        this.leafType = leafType;
    }

    /** A top-level AVP. */
    public static <T> AvpPath<T> of(AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(leaf)), leaf::read, leaf.type());
    }

    /** An AVP inside a grouped AVP. */
    public static <T> AvpPath<T> of(AvpKey<?> group, AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(group), segment(leaf)), leaf::read, leaf.type());
    }

    /** An AVP two groups deep. */
    public static <T> AvpPath<T> of(AvpKey<?> g1, AvpKey<?> g2, AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(g1), segment(g2), segment(leaf)), leaf::read, leaf.type());
    }

    /** An AVP three groups deep. */
    public static <T> AvpPath<T> of(AvpKey<?> g1, AvpKey<?> g2, AvpKey<?> g3, AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(g1), segment(g2), segment(g3), segment(leaf)), leaf::read, leaf.type());
    }

    /**
     * A path of given segments whose leaf values are read by {@code reader}.
     *
     * @param segments the steps, outermost first
     * @param reader   reads the leaf's value
     * @param leafType the leaf's type (for the Failed-AVP of a missing AVP), or {@code null} when unknown
     */
    public static <T> AvpPath<T> of(List<Segment> segments, Function<Avp, T> reader, AvpType leafType) {
        return new AvpPath<>(segments, Objects.requireNonNull(reader, "reader"), leafType);
    }

    /** The leaf's type, when known. */
    public java.util.Optional<AvpType> leafType() {
        return java.util.Optional.ofNullable(leafType);
    }

    /**
     * The Failed-AVP content for this AVP missing (RFC 6733 section 7.5): the leaf with its code and
     * vendor and a zero-filled value of its type's minimum length, inside its enclosing grouped AVPs
     * (the RFC allows the grouped AVP holding the single offending AVP). The M bit is set on each.
     */
    public Avp missingAvp() {
        Segment leaf = segments.get(segments.size() - 1);
        int length = leafType == null ? 0 : leafType.minimumLength();
        Avp avp = builderFor(leaf).octetString(new byte[length]).build();
        for (int i = segments.size() - 2; i >= 0; i--) {
            avp = builderFor(segments.get(i)).grouped(avp).build();
        }
        return avp;
    }

    private static Avp.Builder builderFor(Segment s) {
        Avp.Builder b = Avp.builder(s.code()).mandatory();
        if (s.vendorId() != 0) {
            b.vendor(s.vendorId());
        }
        return b;
    }

    /**
     * Parses {@code Subscription-Id/Subscription-Id-Data} against a dictionary: each name (case-
     * insensitive) or {@code code} / {@code code:vendor} becomes a segment; leaf values are read as
     * the dictionary's type for the leaf ({@link Dictionary#value(Avp)}).
     */
    static AvpPath<Object> parse(Dictionary dictionary, String path) {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new IllegalArgumentException(
                    "AVP path must name at least one AVP, e.g. Subscription-Id/Subscription-Id-Data");
        }
        String[] parts = path.trim().split("/", -1);
        List<Segment> segs = new ArrayList<>();
        AvpType leafType = null;
        for (int i = 0; i < parts.length; i++) {
            String s = parts[i].trim();
            if (s.isEmpty()) {
                throw new IllegalArgumentException("AVP path '" + path + "' has an empty segment " + (i + 1));
            }
            if (s.matches("\\d+(:\\d+)?")) {
                String[] cv = s.split(":");
                int code = (int) Long.parseLong(cv[0]);
                int vendor = cv.length > 1 ? (int) Long.parseLong(cv[1]) : 0;
                java.util.Optional<AvpDefinition> def = dictionary.avp(code, vendor);
                segs.add(new Segment(code, vendor, def.map(AvpDefinition::name).orElse(s)));
                leafType = def.map(AvpDefinition::type).orElse(null);
                continue;
            }
            AvpDefinition def = dictionary.avp(s).orElseThrow(() -> new IllegalArgumentException(
                    "AVP path '" + path + "': segment '" + s + "' is not an AVP of the dictionary"
                            + " (write code or code:vendor for AVPs it lacks)"));
            if (i < parts.length - 1 && !def.isGrouped()) {
                throw new IllegalArgumentException("AVP path '" + path + "': " + def.name() + " is "
                        + def.type().rfcName() + ", not Grouped, so it has no child '" + parts[i + 1].trim() + "'");
            }
            segs.add(new Segment(def.code(), def.vendorId(), def.name()));
            leafType = def.type();
        }
        return new AvpPath<>(segs, dictionary::value, leafType);
    }

    /** The number of segments. */
    public int depth() {
        return segments.size();
    }

    /** The AVP names of the segments. */
    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (Segment s : segments) {
            out.add(s.name());
        }
        return out;
    }

    /** The first AVP at this path, if any. */
    public java.util.Optional<Avp> first(DiameterMessage message) {
        List<Avp> all = resolve(message);
        return all.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(all.get(0));
    }

    /** Paths are equal when their codes and vendors are. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof AvpPath)) {
            return false;
        }
        List<Segment> other = ((AvpPath<?>) o).segments;
        if (other.size() != segments.size()) {
            return false;
        }
        for (int i = 0; i < other.size(); i++) {
            if (other.get(i).code() != segments.get(i).code() || other.get(i).vendorId() != segments.get(i).vendorId()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = 1;
        for (Segment s : segments) {
            h = 31 * h + s.code() * 7 + s.vendorId();
        }
        return h;
    }

    private static Segment segment(AvpKey<?> key) {
        return new Segment(key.code(), key.vendorId(), key.name());
    }

    /** The steps. */
    public List<Segment> segments() {
        return segments;
    }

    /** Every AVP at the end of the path, in message order. Malformed groups on the way match nothing. */
    public List<Avp> resolve(DiameterMessage message) {
        return resolve(message.avps());
    }

    /** Every AVP at the end of the path, starting from these AVPs. */
    public List<Avp> resolve(List<Avp> top) {
        List<Avp> level = new ArrayList<>();
        for (Avp a : top) {
            if (segments.get(0).matches(a)) {
                level.add(a);
            }
        }
        for (int i = 1; i < segments.size() && !level.isEmpty(); i++) {
            Segment s = segments.get(i);
            List<Avp> next = new ArrayList<>();
            for (Avp group : level) {
                List<Avp> children;
                try {
                    children = group.asGrouped();
                } catch (InvalidAvpValueException e) {
                    continue;
                }
                for (Avp c : children) {
                    if (s.matches(c)) {
                        next.add(c);
                    }
                }
            }
            level = next;
        }
        return level;
    }

    /** The leaf AVP's value; fails with the codec's error when malformed. */
    public T read(Avp leaf) {
        return reader.apply(leaf);
    }

    /** {@code Subscription-Id/Subscription-Id-Data}. */
    @Override
    public String toString() {
        StringJoiner j = new StringJoiner("/");
        for (Segment s : segments) {
            j.add(s.name());
        }
        return j.toString();
    }
}
