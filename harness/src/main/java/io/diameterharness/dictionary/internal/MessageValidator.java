package io.diameterharness.dictionary.internal;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.DecodeError;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Abnf;
import io.diameterharness.dictionary.AvpDefinition;
import io.diameterharness.dictionary.AvpRule;
import io.diameterharness.dictionary.CommandDefinition;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.FlagRule;
import io.diameterharness.dictionary.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Checks a message against the dictionary (see {@link Dictionary#validate(DiameterMessage, int)}
 * for the rules and Result-Codes).
 */
public final class MessageValidator {
    private static final long RELAY = 0xFFFFFFFFL;

    private final Dictionary dictionary;
    private final IntFunction<AvpDefinition> soleVendorAvp;
    private final int maxDepth;
    private final List<Violation> out = new ArrayList<>();
    private final Avp[] parents;
    private final String[] pathNames;

    private MessageValidator(Dictionary dictionary, int maxDepth, IntFunction<AvpDefinition> soleVendorAvp) {
        this.dictionary = dictionary;
        this.soleVendorAvp = soleVendorAvp;
        this.maxDepth = maxDepth;
        this.parents = new Avp[maxDepth + 1];
        this.pathNames = new String[maxDepth + 2];
    }

    /**
     * The violations of {@code message}, in message order then rule order; empty when valid.
     * {@code soleVendorAvp} gives the one vendor-specific AVP with a code (or {@code null}), to
     * tell a vendor AVP sent without its V bit from an unknown one.
     */
    public static List<Violation> validate(Dictionary dictionary, DiameterMessage message, int maxDepth,
                                           IntFunction<AvpDefinition> soleVendorAvp) {
        MessageValidator v = new MessageValidator(dictionary, maxDepth, soleVendorAvp);
        v.run(message);
        return List.copyOf(v.out);
    }

    private void run(DiameterMessage m) {
        long app = m.applicationIdUnsigned();
        String header = (m.isRequest() ? "request" : "answer") + " " + m.commandCode();
        if (app != 0 && app != RELAY && dictionary.application(app).isEmpty()) {
            out.add(new Violation(ResultCode.DIAMETER_APPLICATION_UNSUPPORTED, header,
                    "application " + app + " is not in the dictionary", null, null));
            return;
        }
        CommandDefinition command = app == RELAY
                ? dictionary.commands().stream().filter(c -> c.code() == m.commandCode()).findFirst().orElse(null)
                : dictionary.command(m.commandCode(), app).orElse(null);
        if (command == null) {
            out.add(new Violation(ResultCode.DIAMETER_COMMAND_UNSUPPORTED, header,
                    "command " + m.commandCode() + " is not defined for application " + app, null, null));
            return;
        }
        if (command.proxiable() != m.isProxiable()) {
            // RFC 6733 section 3: the P bit says whether the command may be proxied; CER, DWR, DPR
            // (and their answers) must not carry it, application commands such as CCR must
            out.add(new Violation(ResultCode.DIAMETER_INVALID_HDR_BITS, command.shortName(m.isRequest()),
                    command.shortName(m.isRequest()) + " has the P bit " + (m.isProxiable() ? "set" : "clear")
                            + " but " + command.name() + " is " + (command.proxiable() ? "" : "not ")
                            + "proxiable (RFC 6733 section 3)", null, null));
        }
        Abnf abnf = !m.isRequest() && m.isError() ? dictionary.errorAnswerAbnf() : command.abnf(m.isRequest());
        pathNames[0] = command.shortName(m.isRequest());
        checkContainer(m.avps(), abnf, 0);
    }

    private void checkContainer(List<Avp> avps, Abnf abnf, int depth) {
        List<AvpRule> rules = abnf.rules();
        int[] counts = new int[rules.size()];
        // fixed-position rules are matched against the leading AVPs, in order
        int fixedEnd = 0;
        for (AvpRule r : rules) {
            if (r.position() != AvpRule.Position.FIXED || !r.isResolved()) {
                continue;
            }
            int taken = 0;
            while (fixedEnd < avps.size() && taken < r.max() && is(avps.get(fixedEnd), r)) {
                fixedEnd++;
                taken++;
            }
        }
        for (int i = 0; i < avps.size(); i++) {
            Avp avp = avps.get(i);
            int ruleIndex = abnf.indexOf(avp.code(), avp.vendorId());
            AvpRule rule = ruleIndex < 0 ? null : rules.get(ruleIndex);
            AvpDefinition def = dictionary.avp(avp.code(), avp.vendorId()).orElse(null);
            String name = def != null ? def.name() : "AVP " + Integer.toUnsignedString(avp.code())
                    + (avp.vendorId() != 0 ? " (vendor " + Integer.toUnsignedString(avp.vendorId()) + ")" : "");
            pathNames[depth + 1] = name;
            if (rule != null) {
                int c = ++counts[ruleIndex];
                if (rule.max() == 0) {
                    add(ResultCode.DIAMETER_AVP_NOT_ALLOWED, name + " is not allowed here (" + rule + ")", avp, depth);
                } else if (c == rule.max() + 1) {
                    add(ResultCode.DIAMETER_AVP_OCCURS_TOO_MANY_TIMES, name + " occurs more than "
                            + rule.max() + " time" + (rule.max() == 1 ? "" : "s") + " (" + rule + ")", avp, depth);
                }
                if (rule.position() == AvpRule.Position.FIXED && i >= fixedEnd) {
                    add(ResultCode.DIAMETER_AVP_NOT_ALLOWED, name + " must be at its fixed position " + rule
                            + " right after the header, found at position " + (i + 1), avp, depth);
                }
            } else if (def == null) {
                AvpDefinition vendorAvp = avp.isVendorSpecific() ? null : soleVendorAvp.apply(avp.code());
                if (vendorAvp != null) {
                    add(ResultCode.DIAMETER_INVALID_AVP_BITS, "AVP " + Integer.toUnsignedString(avp.code())
                            + " has no V bit, so no Vendor-Id, but the only AVP with this code is "
                            + vendorAvp.name() + " of vendor " + Integer.toUnsignedString(vendorAvp.vendorId())
                            + ", whose definition says the V bit must be set", avp, depth);
                    continue;
                }
                if (avp.isMandatory()) {
                    add(ResultCode.DIAMETER_AVP_UNSUPPORTED, name + " is unknown and has the M bit set", avp, depth);
                    continue;
                }
                if (!abnf.anyAvpAllowed()) {
                    add(ResultCode.DIAMETER_AVP_NOT_ALLOWED, name + " is unknown and the ABNF of "
                            + containerPath(depth) + " has no *[ AVP ]", avp, depth);
                }
                continue;
            } else if (!abnf.anyAvpAllowed()) {
                add(ResultCode.DIAMETER_AVP_NOT_ALLOWED, name + " is not allowed in " + containerPath(depth)
                        + " (no rule for it and no *[ AVP ])", avp, depth);
            }
            if (def != null) {
                checkAvp(avp, def, depth);
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            AvpRule r = rules.get(i);
            if (!r.isResolved()) {
                continue;
            }
            int c = counts[i];
            if (c < r.min()) {
                AvpDefinition def = dictionary.avp(r.code(), r.vendorId()).orElse(null);
                Avp standIn = missingStandIn(r, def);
                pathNames[depth + 1] = r.avpName();
                add(ResultCode.DIAMETER_MISSING_AVP, r.avpName() + " is missing ("
                        + r + (c > 0 ? ", found " + c : "") + ")", standIn, depth);
            }
        }
    }

    private String containerPath(int depth) {
        return String.join("/", java.util.Arrays.asList(pathNames).subList(0, depth + 1));
    }

    private void checkAvp(Avp avp, AvpDefinition def, int depth) {
        if ((avp.flags() & Avp.RESERVED_FLAGS) != 0) {
            add(ResultCode.DIAMETER_INVALID_AVP_BITS, def.name() + " has reserved flag bits set ("
                    + Avp.flagString(avp.flags()) + ")", avp, depth);
        } else if (!def.mandatoryBit().allows(avp.isMandatory())) {
            add(ResultCode.DIAMETER_INVALID_AVP_BITS, def.name() + " has the M bit "
                    + (avp.isMandatory() ? "set" : "clear") + " but its definition says " + rule(def.mandatoryBit()),
                    avp, depth);
        } else if (!def.vendorBit().allows(avp.isVendorSpecific())) {
            add(ResultCode.DIAMETER_INVALID_AVP_BITS, def.name() + " has the V bit "
                    + (avp.isVendorSpecific() ? "set" : "clear") + " but its definition says " + rule(def.vendorBit()),
                    avp, depth);
        } else if (def.protectedBit() == FlagRule.MUST_NOT && avp.isProtected()) {
            add(ResultCode.DIAMETER_INVALID_AVP_BITS, def.name() + " has the P bit set but its definition "
                    + "says it must not", avp, depth);
        }
        DecodeError err = def.type().check(avp);
        if (err != null) {
            add(ResultCode.DIAMETER_INVALID_AVP_VALUE, def.name() + " is not a valid " + def.type().rfcName()
                    + ": " + err.description(), avp, depth);
            return;
        }
        if (def.type() == AvpType.ENUMERATED && !def.enumValues().isEmpty()
                && !def.enumValues().containsKey(avp.asEnumerated())) {
            add(ResultCode.DIAMETER_INVALID_AVP_VALUE, def.name() + " value " + avp.asEnumerated()
                    + " is not one of its enumerated values " + def.enumValues().keySet(), avp, depth);
            return;
        }
        if (def.isGrouped()) {
            if (depth >= maxDepth) {
                add(ResultCode.DIAMETER_INVALID_AVP_VALUE, def.name() + " is nested deeper than the "
                        + "validation limit of " + maxDepth + " Grouped levels", avp, depth);
                return;
            }
            parents[depth] = avp;
            checkContainer(avp.asGrouped(), def.groupedContent().get(), depth + 1);
        }
    }

    private static String rule(FlagRule r) {
        return r.xmlName();
    }

    private static boolean is(Avp avp, AvpRule r) {
        return avp.code() == r.code() && avp.vendorId() == r.vendorId();
    }

    /**
     * RFC 6733 section 7.5: the missing AVP's code and vendor and a zero-filled value of its type's
     * minimum length; a Grouped AVP gets an empty value.
     */
    static Avp missingStandIn(AvpRule r, AvpDefinition def) {
        Avp.Builder b = Avp.builder(r.code());
        if (r.vendorId() != 0) {
            b.vendor(r.vendorId());
        }
        if (def == null || def.mandatoryBit() == FlagRule.MUST) {
            b.mandatory();
        }
        int len = def == null ? 0 : def.type().minimumLength();
        return b.octetString(new byte[len]).build();
    }

    /** Records a violation at the AVP named in pathNames[depth + 1]. */
    private void add(int resultCode, String description, Avp offending, int depth) {
        String path = String.join("/", java.util.Arrays.asList(pathNames).subList(0, depth + 2));
        Avp failed = offending;
        for (int d = depth - 1; d >= 0; d--) {
            failed = parents[d].toBuilder().grouped(failed).build();
        }
        out.add(new Violation(resultCode, path, description, failed, offending));
    }
}
