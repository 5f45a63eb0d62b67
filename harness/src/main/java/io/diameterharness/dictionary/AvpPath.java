package io.diameterharness.dictionary;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A path to AVPs through Grouped AVPs, e.g. {@code Subscription-Id/Subscription-Id-Data} or
 * {@code Service-Information/SMS-Information/Recipient-Info/Recipient-Address/Address-Data}. Made by
 * {@link Dictionary#path(String)}, which resolves each name to its code and vendor; after that a
 * path needs no dictionary. Immutable.
 *
 * <p>{@link #resolve(DiameterMessage)} returns every AVP at the path, in message order: AVPs
 * repeat, so {@code Subscription-Id/Subscription-Id-Data} on a CCR with two Subscription-Ids gives
 * two AVPs. A Grouped AVP on the way whose bytes do not parse as AVPs is skipped (validation
 * reports it).
 */
public final class AvpPath {
    private final String text;
    private final int[] codes;
    private final int[] vendors;
    private final String[] names;

    private AvpPath(String text, int[] codes, int[] vendors, String[] names) {
        this.text = text;
        this.codes = codes;
        this.vendors = vendors;
        this.names = names;
    }

    static AvpPath parse(Dictionary dictionary, String path) {
        Objects.requireNonNull(path, "path");
        String[] segments = path.trim().split("/", -1);
        if (path.isBlank()) {
            throw new IllegalArgumentException("AVP path must name at least one AVP, e.g. Subscription-Id/Subscription-Id-Data");
        }
        int[] codes = new int[segments.length];
        int[] vendors = new int[segments.length];
        String[] names = new String[segments.length];
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i].trim();
            if (s.isEmpty()) {
                throw new IllegalArgumentException("AVP path '" + path + "' has an empty segment " + (i + 1));
            }
            if (s.matches("\\d+(:\\d+)?")) {
                String[] cv = s.split(":");
                codes[i] = (int) Long.parseLong(cv[0]);
                vendors[i] = cv.length > 1 ? (int) Long.parseLong(cv[1]) : 0;
                names[i] = dictionary.avp(codes[i], vendors[i]).map(AvpDefinition::name).orElse(s);
                continue;
            }
            AvpDefinition def = dictionary.avp(s).orElseThrow(() -> new IllegalArgumentException(
                    "AVP path '" + path + "': segment '" + s + "' is not an AVP of the dictionary"
                            + " (write code or code:vendor for AVPs it lacks)"));
            if (i < segments.length - 1 && !def.isGrouped()) {
                throw new IllegalArgumentException("AVP path '" + path + "': " + def.name() + " is "
                        + def.type().rfcName() + ", not Grouped, so it has no child '" + segments[i + 1].trim() + "'");
            }
            codes[i] = def.code();
            vendors[i] = def.vendorId();
            names[i] = def.name();
        }
        return new AvpPath(String.join("/", names), codes, vendors, names);
    }

    /** The number of segments. */
    public int depth() {
        return codes.length;
    }

    /** The AVP names of the segments, as the dictionary spells them. */
    public List<String> names() {
        return List.of(names);
    }

    /** Every AVP at this path in the message, in message order (empty when there is none). */
    public List<Avp> resolve(DiameterMessage message) {
        return resolve(message.avps());
    }

    /** Every AVP at this path, starting from a list of AVPs (a message's, or a group's children). */
    public List<Avp> resolve(List<Avp> avps) {
        List<Avp> out = new ArrayList<>();
        collect(avps, 0, out);
        return out;
    }

    /** The first AVP at this path, or {@code null}. */
    public Avp first(DiameterMessage message) {
        List<Avp> all = resolve(message);
        return all.isEmpty() ? null : all.get(0);
    }

    private void collect(List<Avp> avps, int level, List<Avp> out) {
        for (Avp a : avps) {
            if (a.code() != codes[level] || a.vendorId() != vendors[level]) {
                continue;
            }
            if (level == codes.length - 1) {
                out.add(a);
            } else {
                List<Avp> children;
                try {
                    children = a.asGrouped();
                } catch (InvalidAvpValueException e) {
                    continue;
                }
                collect(children, level + 1, out);
            }
        }
    }

    /** The path with the dictionary's spelling of each name. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AvpPath && java.util.Arrays.equals(((AvpPath) o).codes, codes)
                && java.util.Arrays.equals(((AvpPath) o).vendors, vendors);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(codes) + java.util.Arrays.hashCode(vendors);
    }
}
