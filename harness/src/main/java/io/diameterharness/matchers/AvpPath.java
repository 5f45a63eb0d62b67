package io.diameterharness.matchers;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.dictionary.AvpKey;
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

    private AvpPath(List<Segment> segments, Function<Avp, T> reader) {
        if (segments.isEmpty() || segments.size() > MAX_DEPTH) {
            throw new IllegalArgumentException("a path has 1 to " + MAX_DEPTH + " steps: " + segments.size());
        }
        this.segments = List.copyOf(segments);
        this.reader = reader;
    }

    /** A top-level AVP. */
    public static <T> AvpPath<T> of(AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(leaf)), leaf::read);
    }

    /** An AVP inside a grouped AVP. */
    public static <T> AvpPath<T> of(AvpKey<?> group, AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(group), segment(leaf)), leaf::read);
    }

    /** An AVP two groups deep. */
    public static <T> AvpPath<T> of(AvpKey<?> g1, AvpKey<?> g2, AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(g1), segment(g2), segment(leaf)), leaf::read);
    }

    /** An AVP three groups deep. */
    public static <T> AvpPath<T> of(AvpKey<?> g1, AvpKey<?> g2, AvpKey<?> g3, AvpKey<T> leaf) {
        return new AvpPath<>(List.of(segment(g1), segment(g2), segment(g3), segment(leaf)), leaf::read);
    }

    /** A path of given segments whose leaf values are read by {@code reader}. */
    public static <T> AvpPath<T> of(List<Segment> segments, Function<Avp, T> reader) {
        return new AvpPath<>(segments, Objects.requireNonNull(reader, "reader"));
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
