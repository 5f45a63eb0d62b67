package io.diameterharness.dictionary;

import java.util.Objects;

/**
 * An extra content rule on top of the specs' ABNF, declared by a test for the peer it imitates:
 * "this OCS also requires Originator-Address in SMS-Information". Apply with
 * {@link Dictionary#withRequirements(Requirement...)}; validation then reports a breach with the
 * same Result-Codes as an ABNF rule (5005 missing, 5009 too many, 5008 forbidden).
 *
 * <pre>{@code
 * Dictionary strictOcs = Dictionary.builtIn().withRequirements(
 *     Requirement.inAvp("SMS-Information").requires("Originator-Address"),
 *     Requirement.inRequest("CCR").rule("1*2{ Subscription-Id }"),
 *     Requirement.inRequest("CCR").forbids("User-Name"));
 * }</pre>
 *
 * <p>The rule replaces the ABNF's rule for the same AVP, or is added when the ABNF has none.
 */
public final class Requirement {
    private enum Scope { REQUEST, ANSWER, AVP }

    private final Scope scope;
    private final String target;
    private final Long applicationId;
    private final AvpRule rule;

    private Requirement(Scope scope, String target, Long applicationId, AvpRule rule) {
        this.scope = scope;
        this.target = target;
        this.applicationId = applicationId;
        this.rule = rule;
    }

    /** Requirements on the request of a command, by name or short name ({@code CCR}, {@code Credit-Control}). */
    public static Target inRequest(String command) {
        return new Target(Scope.REQUEST, command, null);
    }

    /** Requirements on the request of a command of a given application (e.g. Gx's CCR). */
    public static Target inRequest(String command, long applicationId) {
        return new Target(Scope.REQUEST, command, applicationId);
    }

    /** Requirements on the answer of a command, by name or short name ({@code CCA}). */
    public static Target inAnswer(String command) {
        return new Target(Scope.ANSWER, command, null);
    }

    /** Requirements on the content of a Grouped AVP, wherever it occurs. */
    public static Target inAvp(String groupedAvp) {
        return new Target(Scope.AVP, groupedAvp, null);
    }

    /** The rule this requirement adds, e.g. {@code { Originator-Address }}. */
    public AvpRule rule() {
        return rule;
    }

    /** {@code in SMS-Information: { Originator-Address }}. */
    @Override
    public String toString() {
        return "in " + (scope == Scope.AVP ? "" : scope.name().toLowerCase(java.util.Locale.ROOT) + " of ") + target
                + ": " + rule;
    }

    Dictionary applyTo(Dictionary d) {
        AvpDefinition avp = d.avp(rule.avpName()).orElseThrow(() -> new IllegalArgumentException(
                "requirement " + this + " names unknown AVP '" + rule.avpName() + "'"));
        AvpRule resolved = rule.resolvedTo(avp.name(), avp.code(), avp.vendorId());
        if (scope == Scope.AVP) {
            AvpDefinition group = d.avp(target).orElseThrow(() -> new IllegalArgumentException(
                    "requirement " + this + " names unknown AVP '" + target + "'"));
            if (!group.isGrouped()) {
                throw new IllegalArgumentException("requirement " + this + ": " + group.name() + " is "
                        + group.type().rfcName() + ", not Grouped");
            }
            return d.replacing(group.withGroupedContent(group.groupedContent().get().with(resolved)));
        }
        CommandDefinition c = (applicationId == null ? d.command(target) : d.command(target, applicationId))
                .orElseThrow(() -> new IllegalArgumentException("requirement " + this + " names unknown command '"
                        + target + "'" + (applicationId == null ? "" : " in application " + applicationId)));
        if (scope == Scope.REQUEST) {
            return d.replacing(c.withAbnf(c.request().with(resolved), c.answer()));
        }
        return d.replacing(c.withAbnf(c.request(), c.answer().with(resolved)));
    }

    /** Where a requirement applies; its methods make the requirement. */
    public static final class Target {
        private final Scope scope;
        private final String target;
        private final Long applicationId;

        private Target(Scope scope, String target, Long applicationId) {
            this.scope = scope;
            this.target = Objects.requireNonNull(target, "target");
            this.applicationId = applicationId;
        }

        /** The AVP must be present exactly once: {@code { name }}. */
        public Requirement requires(String avpName) {
            return new Requirement(scope, target, applicationId, AvpRule.required(avpName));
        }

        /** The AVP must be present {@code min} to {@code max} times ({@code min >= 1}). */
        public Requirement requires(String avpName, int min, int max) {
            if (min < 1) {
                throw new IllegalArgumentException("requires(" + avpName + ", " + min + ", " + max
                        + "): min must be >= 1; use rule(\"*[ " + avpName + " ]\") for an optional AVP");
            }
            return new Requirement(scope, target, applicationId,
                    AvpRule.of(AvpRule.Position.REQUIRED, avpName, min, max));
        }

        /** The AVP must not be present: {@code 0*0[ name ]}. */
        public Requirement forbids(String avpName) {
            return new Requirement(scope, target, applicationId, AvpRule.of(AvpRule.Position.OPTIONAL, avpName, 0, 0));
        }

        /** One rule in ABNF, e.g. {@code 1*2{ Subscription-Id }}. */
        public Requirement rule(String abnfRule) {
            Abnf parsed = Abnf.parse(abnfRule);
            if (parsed.rules().size() != 1) {
                throw new IllegalArgumentException("requirement rule must be exactly one ABNF rule, got '"
                        + abnfRule + "'");
            }
            return new Requirement(scope, target, applicationId, parsed.rules().get(0));
        }
    }
}
