package io.diameterharness.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An immutable Diameter message (RFC 6733 section 3): header and ordered AVPs.
 *
 * <pre>{@code
 * DiameterMessage dwr = DiameterMessage.request(280, 0)
 *     .avp(Avp.builder(264).mandatory().diameterIdentity("client.example").build())
 *     .avp(Avp.builder(296).mandatory().diameterIdentity("example").build())
 *     .build();
 * }</pre>
 *
 * <p>Identifiers are plain values here; the peer layer fills them from an {@link IdentifierGenerator}.
 * {@link #toString()} renders the raw tree; the dictionary renders it with names.
 */
public final class DiameterMessage {
    /** The R bit: request. */
    public static final int FLAG_REQUEST = 0x80;
    /** The P bit: proxiable. */
    public static final int FLAG_PROXIABLE = 0x40;
    /** The E bit: the answer carries a protocol error. */
    public static final int FLAG_ERROR = 0x20;
    /** The T bit: potentially retransmitted request. */
    public static final int FLAG_RETRANSMITTED = 0x10;
    /** Header flag bits RFC 6733 reserves; they must be zero. */
    public static final int RESERVED_FLAGS = 0x0F;
    /** The fixed header length. */
    public static final int HEADER_LENGTH = 20;

    private final int version;
    private final int flags;
    private final int commandCode;
    private final int applicationId;
    private final int hopByHopId;
    private final int endToEndId;
    private final List<Avp> avps;
    /**
     * The same AVPs as an array: the lookups and the encoder loop over it, because {@link #avps} is
     * of several list classes (built, decoded, one or two elements) and iterating it through the
     * interface keeps the JIT from inlining on the per-request path.
     */
    private final Avp[] avpArray;
    /** For a decoded message, the exact frame it was decoded from (never exposed, never changed); else null. */
    private final byte[] wire;

    private DiameterMessage(Builder b) {
        this.version = b.version;
        this.flags = b.flags;
        this.commandCode = b.commandCode;
        this.applicationId = b.applicationId;
        this.hopByHopId = b.hopByHopId;
        this.endToEndId = b.endToEndId;
        this.avps = List.copyOf(b.avps);
        this.avpArray = avps.toArray(new Avp[0]);
        this.wire = null;
    }

    DiameterMessage(int version, int flags, int commandCode, int applicationId, int hopByHopId, int endToEndId,
                    List<Avp> avps) {
        this(version, flags, commandCode, applicationId, hopByHopId, endToEndId, avps, null);
    }

    DiameterMessage(int version, int flags, int commandCode, int applicationId, int hopByHopId, int endToEndId,
                    List<Avp> avps, byte[] wire) {
        this.version = version;
        this.flags = flags;
        this.commandCode = commandCode;
        this.applicationId = applicationId;
        this.hopByHopId = hopByHopId;
        this.endToEndId = endToEndId;
        this.avps = avps;
        this.avpArray = avps.toArray(new Avp[0]);
        this.wire = wire;
    }

    /** The top-level AVPs as an array shared with the message; callers must not change it. */
    Avp[] avpArray() {
        return avpArray;
    }

    /** The frame this message was decoded from, when it was decoded whole; callers must not change it. */
    byte[] decodedFrame() {
        return wire;
    }

    /** An empty builder (version 1, no flags). */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder for a request (R bit set) of the given command and application. */
    public static Builder request(int commandCode, long applicationId) {
        return new Builder().request().commandCode(commandCode).applicationId(applicationId);
    }

    /**
     * A builder for the answer to {@code request}: same command, application and identifiers, the
     * P bit copied, R cleared; no AVPs (the peer layer adds Session-Id, Origin-Host and so on).
     */
    public static Builder answerTo(DiameterMessage request) {
        return new Builder().commandCode(request.commandCode).applicationId(request.applicationIdUnsigned())
                .hopByHopId(request.hopByHopId).endToEndId(request.endToEndId)
                .flags(request.flags & FLAG_PROXIABLE);
    }

    /** The version octet; 1 for RFC 6733. */
    public int version() {
        return version;
    }

    /** The command flags octet as on the wire. */
    public int flags() {
        return flags;
    }

    /** Whether the R bit is set. */
    public boolean isRequest() {
        return (flags & FLAG_REQUEST) != 0;
    }

    /** Whether the answer bit pattern holds: R clear. */
    public boolean isAnswer() {
        return !isRequest();
    }

    /** Whether the P bit is set. */
    public boolean isProxiable() {
        return (flags & FLAG_PROXIABLE) != 0;
    }

    /** Whether the E bit is set. */
    public boolean isError() {
        return (flags & FLAG_ERROR) != 0;
    }

    /** Whether the T bit is set (a potentially retransmitted request). */
    public boolean isRetransmission() {
        return (flags & FLAG_RETRANSMITTED) != 0;
    }

    /** The 24-bit command code. */
    public int commandCode() {
        return commandCode;
    }

    /** The Application-ID as held (unsigned 32-bit in an {@code int}); see {@link #applicationIdUnsigned()}. */
    public int applicationId() {
        return applicationId;
    }

    /** The Application-ID as a non-negative number (the relay id 0xffffffff is 4294967295). */
    public long applicationIdUnsigned() {
        return Integer.toUnsignedLong(applicationId);
    }

    /** The Hop-by-Hop Identifier. */
    public int hopByHopId() {
        return hopByHopId;
    }

    /** The End-to-End Identifier. */
    public int endToEndId() {
        return endToEndId;
    }

    /** The top-level AVPs, in order. */
    public List<Avp> avps() {
        return avps;
    }

    /** The first top-level AVP with this code and no vendor. */
    public Optional<Avp> avp(int code) {
        return avp(code, 0);
    }

    /** The first top-level AVP with this code and vendor (0 for none). */
    public Optional<Avp> avp(int code, int vendorId) {
        for (Avp a : avpArray) {
            if (a.code() == code && a.vendorId() == vendorId) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Every top-level AVP with this code and vendor (0 for none), in order. */
    public List<Avp> avps(int code, int vendorId) {
        List<Avp> out = new ArrayList<>();
        for (Avp a : avpArray) {
            if (a.code() == code && a.vendorId() == vendorId) {
                out.add(a);
            }
        }
        return out;
    }

    /** The Message Length field: header plus padded AVPs. */
    public int length() {
        int n = HEADER_LENGTH;
        for (Avp a : avpArray) {
            n += a.paddedLength();
        }
        return n;
    }

    /** A builder holding a copy of this message, to make an edited copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.version = version;
        b.flags = flags;
        b.commandCode = commandCode;
        b.applicationId = applicationId;
        b.hopByHopId = hopByHopId;
        b.endToEndId = endToEndId;
        b.avps.addAll(avps);
        return b;
    }

    /**
     * The wire bytes of this message (a new array). A decoded message gives back exactly the bytes it
     * was decoded from (padding bytes included, even non-zero ones); an edited copy is encoded afresh.
     */
    public byte[] encode() {
        return MessageEncoder.encode(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof DiameterMessage)) {
            return false;
        }
        DiameterMessage m = (DiameterMessage) o;
        return version == m.version && flags == m.flags && commandCode == m.commandCode
                && applicationId == m.applicationId && hopByHopId == m.hopByHopId
                && endToEndId == m.endToEndId && avps.equals(m.avps);
    }

    @Override
    public int hashCode() {
        int h = 31 * commandCode + flags;
        h = 31 * h + applicationId;
        h = 31 * h + hopByHopId;
        h = 31 * h + endToEndId;
        return 31 * h + avps.hashCode();
    }

    /** The header flags as letters {@code RPET} with {@code -} for clear bits. */
    public static String flagString(int flags) {
        return new String(new char[] {
            (flags & FLAG_REQUEST) != 0 ? 'R' : '-',
            (flags & FLAG_PROXIABLE) != 0 ? 'P' : '-',
            (flags & FLAG_ERROR) != 0 ? 'E' : '-',
            (flags & FLAG_RETRANSMITTED) != 0 ? 'T' : '-'}) + ((flags & RESERVED_FLAGS) != 0
                ? String.format("+r%x", flags & RESERVED_FLAGS) : "");
    }

    /**
     * A header line and one AVP per line with raw codes (the dictionary renders names). Values that
     * parse as AVPs are shown as Grouped, indented, at most {@value #TO_STRING_DEPTH} levels deep.
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("Diameter v").append(version).append(' ').append(flagString(flags))
                .append(" cmd=").append(commandCode).append(" app=").append(applicationIdUnsigned())
                .append(String.format(" hbh=0x%08x e2e=0x%08x", hopByHopId, endToEndId))
                .append(" len=").append(length());
        Avp.walk(avps, Avp::looksGrouped, TO_STRING_DEPTH, (avp, level) -> {
            sb.append('\n').append("  ".repeat(level + 1));
            if (avp.looksGrouped() && level < TO_STRING_DEPTH) {
                sb.append(avp.toString(), 0, avp.toString().indexOf(" val=")).append(" grouped:");
            } else {
                sb.append(avp);
            }
        });
        return sb.toString();
    }

    /** How many Grouped levels {@link #toString()} opens. */
    private static final int TO_STRING_DEPTH = 8;

    /** Builds a {@link DiameterMessage}; the only mutable type of the message model. */
    public static final class Builder {
        private int version = 1;
        private int flags;
        private int commandCode;
        private int applicationId;
        private int hopByHopId;
        private int endToEndId;
        private final List<Avp> avps = new ArrayList<>();

        private Builder() {
        }

        /** Sets the version octet (1 unless testing 5011 DIAMETER_UNSUPPORTED_VERSION). */
        public Builder version(int v) {
            if (v < 0 || v > 255) {
                throw new IllegalArgumentException("version must fit one octet: " + v);
            }
            this.version = v;
            return this;
        }

        /** Sets the whole flags octet. */
        public Builder flags(int f) {
            this.flags = f & 0xFF;
            return this;
        }

        /** Sets the R bit. */
        public Builder request() {
            flags |= FLAG_REQUEST;
            return this;
        }

        /** Clears the R bit. */
        public Builder answer() {
            flags &= ~FLAG_REQUEST;
            return this;
        }

        /** Sets the P bit. */
        public Builder proxiable() {
            flags |= FLAG_PROXIABLE;
            return this;
        }

        /** Sets the E bit. */
        public Builder error() {
            flags |= FLAG_ERROR;
            return this;
        }

        /** Sets the T bit. */
        public Builder retransmission() {
            flags |= FLAG_RETRANSMITTED;
            return this;
        }

        /** Sets the 24-bit command code. */
        public Builder commandCode(int code) {
            if (code < 0 || code > 0xFFFFFF) {
                throw new IllegalArgumentException("command code must fit 24 bits: " + code);
            }
            this.commandCode = code;
            return this;
        }

        /** Sets the Application-ID, 0 to 4294967295. */
        public Builder applicationId(long id) {
            if (id < 0 || id > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("Application-ID must fit 32 unsigned bits: " + id);
            }
            this.applicationId = (int) id;
            return this;
        }

        /** Sets the Hop-by-Hop Identifier. */
        public Builder hopByHopId(int id) {
            this.hopByHopId = id;
            return this;
        }

        /** Sets the End-to-End Identifier. */
        public Builder endToEndId(int id) {
            this.endToEndId = id;
            return this;
        }

        /** Appends an AVP. */
        public Builder avp(Avp avp) {
            avps.add(java.util.Objects.requireNonNull(avp, "avp"));
            return this;
        }

        /** Appends AVPs in order. */
        public Builder avps(List<Avp> list) {
            for (Avp a : list) {
                avp(a);
            }
            return this;
        }

        /** Inserts an AVP at a position (Session-Id goes first, RFC 6733 section 8.8). */
        public Builder avpAt(int index, Avp avp) {
            avps.add(index, java.util.Objects.requireNonNull(avp, "avp"));
            return this;
        }

        /** Removes every top-level AVP with this code and vendor (0 for none). */
        public Builder removeAvps(int code, int vendorId) {
            avps.removeIf(a -> a.code() == code && a.vendorId() == vendorId);
            return this;
        }

        /** The AVPs added so far (a copy). */
        public List<Avp> avps() {
            return List.copyOf(avps);
        }

        /** Builds the immutable message. */
        public DiameterMessage build() {
            DiameterMessage m = new DiameterMessage(this);
            if (m.length() > 0xFFFFFF) {
                throw new IllegalArgumentException("message of " + m.length()
                        + " bytes exceeds the 24-bit Message Length");
            }
            return m;
        }
    }
}
