package io.diameterharness.matchers;

import io.diameterharness.codec.AddressValue;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.codec.InvalidAvpValueException;
import io.diameterharness.dictionary.AvpKey;
import io.diameterharness.dictionary.AvpPath;
import io.diameterharness.dictionary.CommandKey;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.Avps;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.StringDescription;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Hamcrest matchers over Diameter messages. Import statically:
 *
 * <pre>{@code
 * assertThat(ocs.takeRequest(), allOf(
 *     isRequest(272),
 *     hasAvp(SERVICE_CONTEXT_ID, equalTo("32274@3gpp.org")),
 *     hasAvp(AvpPath.of(SUBSCRIPTION_ID, SUBSCRIPTION_ID_DATA), equalTo("41780000001"))));
 * assertThat(answer, hasResultCode(DIAMETER_MISSING_AVP));
 * }</pre>
 *
 * A mismatch says which AVP was missing or different and prints the message as a tree.
 */
public final class DiameterMatchers {
    private DiameterMatchers() {
    }

    /**
     * A request pattern for rules and waits, from any Hamcrest matcher over messages:
     * {@code ocs.on(requestThat(hasAvp("Subscription-Id/Subscription-Id-Data", equalTo("41780000001"))))}.
     */
    public static io.diameterharness.behaviour.RequestPattern requestThat(Matcher<? super DiameterMessage> matcher) {
        return io.diameterharness.behaviour.Requests.named(StringDescription.toString(matcher),
                (m, e) -> matcher.matches(m));
    }

    /** A request (R bit set). */
    public static Matcher<DiameterMessage> isRequest() {
        return header("a request", m -> m.isRequest(), m -> "was an answer");
    }

    /** A request of this command code. */
    public static Matcher<DiameterMessage> isRequest(int commandCode) {
        return header("a request of command " + commandCode,
                m -> m.isRequest() && m.commandCode() == commandCode, DiameterMatchers::headerText);
    }

    /** A request of this command (code, and application unless the command is a base one). */
    public static Matcher<DiameterMessage> isRequest(CommandKey command) {
        return header("a " + command.requestShortName() + " (" + command.name() + "-Request)",
                command::matchesRequest, DiameterMatchers::headerText);
    }

    /** An answer of this command (code, and application unless the command is a base one). */
    public static Matcher<DiameterMessage> isAnswer(CommandKey command) {
        return header("a " + command.answerShortName() + " (" + command.name() + "-Answer)",
                command::matchesAnswer, DiameterMatchers::headerText);
    }

    /** An answer (R bit clear). */
    public static Matcher<DiameterMessage> isAnswer() {
        return header("an answer", DiameterMessage::isAnswer, m -> "was a request");
    }

    /** An answer of this command code. */
    public static Matcher<DiameterMessage> isAnswer(int commandCode) {
        return header("an answer of command " + commandCode,
                m -> m.isAnswer() && m.commandCode() == commandCode, DiameterMatchers::headerText);
    }

    /** A message with this Application-ID in the header. */
    public static Matcher<DiameterMessage> hasApplicationId(long applicationId) {
        return header("a message of application " + applicationId,
                m -> m.applicationIdUnsigned() == applicationId, DiameterMatchers::headerText);
    }

    /** A request with the T bit: a potential retransmission (RFC 6733 section 3). */
    public static Matcher<DiameterMessage> isRetransmission() {
        return header("a message with the T (retransmitted) bit", DiameterMessage::isRetransmission,
                DiameterMatchers::headerText);
    }

    /** A message with the P bit. */
    public static Matcher<DiameterMessage> isProxiable() {
        return header("a message with the P (proxiable) bit", DiameterMessage::isProxiable,
                DiameterMatchers::headerText);
    }

    /** An answer with the E bit. */
    public static Matcher<DiameterMessage> hasErrorBit() {
        return header("a message with the E (error) bit", DiameterMessage::isError, DiameterMatchers::headerText);
    }

    private static String headerText(DiameterMessage m) {
        return "was " + MessageText.header(m);
    }

    private static Matcher<DiameterMessage> header(String expected, java.util.function.Predicate<DiameterMessage> test,
                                                   Function<DiameterMessage, String> mismatch) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DiameterMessage m, Description d) {
                if (test.test(m)) {
                    return true;
                }
                d.appendText(mismatch.apply(m));
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText(expected);
            }
        };
    }

    /**
     * Carries an AVP at this path of names from the built-in dictionary
     * ({@code "Subscription-Id/Subscription-Id-Data"}) whose value, typed by the dictionary, matches.
     */
    public static Matcher<DiameterMessage> hasAvp(String path, Matcher<?> value) {
        @SuppressWarnings("unchecked")
        Matcher<Object> m = (Matcher<Object>) value;
        return new AvpMatcher<>(Dictionary.builtIn().path(path), m, Quantifier.ANY);
    }

    /** Carries an AVP at this path of names from the built-in dictionary. */
    public static Matcher<DiameterMessage> hasAvp(String path) {
        return new AvpMatcher<>(Dictionary.builtIn().path(path), null, Quantifier.ANY);
    }

    /** Carries at least one top-level AVP of this key. */
    public static Matcher<DiameterMessage> hasAvp(AvpKey<?> key) {
        return new AvpMatcher<>(AvpPath.of(key), null, Quantifier.ANY);
    }

    /** Carries at least one AVP at this path. */
    public static Matcher<DiameterMessage> hasAvp(AvpPath<?> path) {
        return new AvpMatcher<>(path, null, Quantifier.ANY);
    }

    /** Carries a top-level AVP of this key whose value matches. */
    public static <T> Matcher<DiameterMessage> hasAvp(AvpKey<T> key, Matcher<? super T> value) {
        return new AvpMatcher<>(AvpPath.of(key), value, Quantifier.ANY);
    }

    /** Carries an AVP at this path whose value matches (any of the repeated ones). */
    public static <T> Matcher<DiameterMessage> hasAvp(AvpPath<T> path, Matcher<? super T> value) {
        return new AvpMatcher<>(path, value, Quantifier.ANY);
    }

    /** Carries at least one AVP at this path, and every one of them matches. */
    public static <T> Matcher<DiameterMessage> everyAvp(AvpPath<T> path, Matcher<? super T> value) {
        return new AvpMatcher<>(path, value, Quantifier.EVERY);
    }

    /** Carries no AVP of this key at the top level. */
    public static Matcher<DiameterMessage> hasNoAvp(AvpKey<?> key) {
        return hasNoAvp(AvpPath.of(key));
    }

    /** Carries no AVP at this path. */
    public static Matcher<DiameterMessage> hasNoAvp(AvpPath<?> path) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DiameterMessage m, Description d) {
                int n = path.resolve(m).size();
                if (n == 0) {
                    return true;
                }
                d.appendText("found ").appendValue(n).appendText(" " + path + " in\n")
                        .appendText(MessageText.tree(m));
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a message without " + path);
            }
        };
    }

    /** The number of AVPs at this path matches. */
    public static Matcher<DiameterMessage> hasAvpCount(AvpPath<?> path, Matcher<? super Integer> count) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DiameterMessage m, Description d) {
                int n = path.resolve(m).size();
                if (count.matches(n)) {
                    return true;
                }
                d.appendText("had " + n + " " + path);
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a message with a number of " + path + " that is ").appendDescriptionOf(count);
            }
        };
    }

    /**
     * Carries this Result-Code, as Result-Code or as Experimental-Result/Experimental-Result-Code.
     */
    public static Matcher<DiameterMessage> hasResultCode(long resultCode) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DiameterMessage m, Description d) {
                Optional<Long> code = resultCodeOf(m);
                if (code.isPresent() && code.get() == resultCode) {
                    return true;
                }
                d.appendText(code.map(c -> "Result-Code was " + c).orElse("had no Result-Code or Experimental-Result"))
                        .appendText(" in\n").appendText(MessageText.tree(m));
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("an answer with Result-Code " + resultCode);
            }
        };
    }

    /** The Result-Code of an answer, or the Experimental-Result-Code when it has no Result-Code. */
    public static Optional<Long> resultCodeOf(DiameterMessage m) {
        try {
            Optional<Avp> rc = m.avp(Avps.RESULT_CODE.code());
            if (rc.isPresent()) {
                return Optional.of(rc.get().asUnsigned32());
            }
            List<Avp> erc = AvpPath.of(Avps.EXPERIMENTAL_RESULT, Avps.EXPERIMENTAL_RESULT_CODE).resolve(m);
            return erc.isEmpty() ? Optional.empty() : Optional.of(erc.get(0).asUnsigned32());
        } catch (InvalidAvpValueException e) {
            return Optional.empty();
        }
    }

    /** Carries a Failed-AVP that contains an AVP with this key's code and vendor. */
    public static Matcher<DiameterMessage> hasFailedAvp(AvpKey<?> key) {
        return hasFailedAvp(key.code(), key.vendorId(), key.name());
    }

    /** Carries a Failed-AVP that contains an AVP with this code and vendor. */
    public static Matcher<DiameterMessage> hasFailedAvp(int code, int vendorId, String name) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(DiameterMessage m, Description d) {
                List<String> seen = new ArrayList<>();
                for (Avp failed : m.avps(Avps.FAILED_AVP.code(), 0)) {
                    try {
                        for (Avp inner : failed.asGrouped()) {
                            if (inner.code() == code && inner.vendorId() == vendorId) {
                                return true;
                            }
                            seen.add(MessageText.avpName(inner));
                        }
                    } catch (InvalidAvpValueException e) {
                        seen.add("malformed Failed-AVP");
                    }
                }
                d.appendText(seen.isEmpty() ? "had no Failed-AVP" : "Failed-AVP named " + seen);
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("an answer with a Failed-AVP naming " + name);
            }
        };
    }

    /** Carries no Failed-AVP. */
    public static Matcher<DiameterMessage> hasNoFailedAvp() {
        return hasNoAvp(Avps.FAILED_AVP);
    }

    /** An Address value that is 0.0.0.0 or :: (the classic bad Host-IP-Address). */
    public static Matcher<AddressValue> unspecifiedAddress() {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(AddressValue a, Description d) {
                if (a.isUnspecified()) {
                    return true;
                }
                d.appendText("was " + a);
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("the unspecified address (0.0.0.0 or ::)");
            }
        };
    }

    /** An Address value that is a loopback address. */
    public static Matcher<AddressValue> loopbackAddress() {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(AddressValue a, Description d) {
                if (a.isIp() && a.toInetAddress().isLoopbackAddress()) {
                    return true;
                }
                d.appendText("was " + a);
                return false;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a loopback address");
            }
        };
    }

    /**
     * A sequence of messages that all carry the same Session-Id (a session running through CCR-I, U, T).
     */
    public static Matcher<List<DiameterMessage>> shareOneSessionId() {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(List<DiameterMessage> list, Description d) {
                if (list.isEmpty()) {
                    d.appendText("was an empty list");
                    return false;
                }
                String first = null;
                for (int i = 0; i < list.size(); i++) {
                    Optional<Avp> sid = list.get(i).avp(Avps.SESSION_ID.code());
                    if (sid.isEmpty()) {
                        d.appendText("message #" + (i + 1) + " had no Session-Id: " + MessageText.header(list.get(i)));
                        return false;
                    }
                    String s = Avps.SESSION_ID.read(sid.get());
                    if (first == null) {
                        first = s;
                    } else if (!first.equals(s)) {
                        d.appendText("message #" + (i + 1) + " had Session-Id ").appendValue(s)
                                .appendText(" but #1 had ").appendValue(first);
                        return false;
                    }
                }
                return true;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("messages that all carry the same Session-Id");
            }
        };
    }

    enum Quantifier { ANY, EVERY }

    /** Matches AVPs at a path, with any/every semantics over repeated AVPs. */
    static final class AvpMatcher<T> extends TypeSafeDiagnosingMatcher<DiameterMessage> {
        private final AvpPath<T> path;
        private final Matcher<? super T> value;
        private final Quantifier quantifier;

        AvpMatcher(AvpPath<T> path, Matcher<? super T> value, Quantifier quantifier) {
            this.path = Objects.requireNonNull(path, "path");
            this.value = value;
            this.quantifier = quantifier;
        }

        @Override
        protected boolean matchesSafely(DiameterMessage m, Description d) {
            List<Avp> found = path.resolve(m);
            if (found.isEmpty()) {
                d.appendText("no " + path + " in\n").appendText(MessageText.tree(m));
                return false;
            }
            if (value == null) {
                return true;
            }
            List<Object> values = new ArrayList<>();
            boolean any = false;
            for (Avp a : found) {
                Object v;
                boolean ok;
                try {
                    T typed = path.read(a);
                    v = typed;
                    ok = value.matches(typed);
                } catch (InvalidAvpValueException e) {
                    v = "malformed (" + e.error().description() + ")";
                    ok = false;
                }
                if (ok) {
                    any = true;
                    if (quantifier == Quantifier.ANY) {
                        return true;
                    }
                } else if (quantifier == Quantifier.EVERY) {
                    d.appendText(path + " ");
                    describeValue(d, a, v);
                    return false;
                }
                values.add(v);
            }
            if (quantifier == Quantifier.EVERY && any) {
                return true;
            }
            d.appendText(path + (values.size() == 1 ? " " : " values were "));
            if (values.size() == 1) {
                describeValue(d, found.get(0), values.get(0));
            } else {
                d.appendValueList("[", ", ", "]", values);
            }
            return false;
        }

        private void describeValue(Description d, Avp a, Object v) {
            if (v instanceof String && ((String) v).startsWith("malformed")) {
                d.appendText("was " + v);
                return;
            }
            @SuppressWarnings("unchecked")
            T typed = (T) v;
            value.describeMismatch(typed, d);
        }

        @Override
        public void describeTo(Description d) {
            d.appendText(quantifier == Quantifier.EVERY ? "a message whose every " : "a message with ")
                    .appendText(path.toString());
            if (value != null) {
                d.appendText(quantifier == Quantifier.EVERY ? " is " : " ").appendDescriptionOf(value);
            }
        }
    }
}
