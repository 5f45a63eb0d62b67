package io.diameterharness.junit;

import io.diameterharness.dictionary.ApplicationDefinition;
import io.diameterharness.dictionary.Applications;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakePeer;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.journal.Ladder;
import io.diameterharness.transport.SctpSupport;
import io.diameterharness.transport.TlsSettings;
import io.diameterharness.transport.TransportProtocol;
import java.io.IOException;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * The JUnit Jupiter extension behind {@link DiameterPeer}: creates, starts, injects and stops fake
 * peers, clears class-wide peers before each test, checks strictness at the end of a test, and on
 * failure adds each peer's conversation (a ladder diagram) to the failure and writes a pcap and a
 * transcript per peer under {@code target/diameter-harness/<class>/<method>-<peer>.*}, published as
 * report entries. Registered by {@link DiameterPeer} itself or {@link EnableDiameterPeers}; all
 * state lives in the JUnit store, so tests may run in parallel.
 */
public final class DiameterPeerExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver, TestExecutionExceptionHandler, ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DiameterPeerExtension.class);
    private static final String SCOPE = "scope";

    // ------------------------------------------------------------------ lifecycle

    /** Skips, with the kernel's reason, a test or class that asks for an SCTP peer where there is no SCTP. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        boolean wantsSctp = false;
        if (context.getTestMethod().isPresent()) {
            for (Parameter p : context.getTestMethod().get().getParameters()) {
                DiameterPeer a = p.getAnnotation(DiameterPeer.class);
                wantsSctp |= a != null && a.transport() == DiameterPeer.Transport.SCTP;
            }
        } else if (context.getTestClass().isPresent()) {
            for (Field f : annotatedFields(context.getTestClass().get())) {
                wantsSctp |= f.getAnnotation(DiameterPeer.class).transport() == DiameterPeer.Transport.SCTP;
            }
        }
        Optional<String> why = SctpSupport.unavailableReason();
        if (wantsSctp && why.isPresent()) {
            return ConditionEvaluationResult.disabled("SCTP is not available here: " + why.get());
        }
        return ConditionEvaluationResult.enabled("no SCTP peer, or SCTP available");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        for (Field f : annotatedFields(testClass)) {
            if (Modifier.isStatic(f.getModifiers())) {
                injectField(context, null, f);
            }
        }
        if (context.getTestInstanceLifecycle().orElse(TestInstance.Lifecycle.PER_METHOD)
                == TestInstance.Lifecycle.PER_CLASS && context.getTestInstance().isPresent()) {
            Object instance = context.getTestInstance().get();
            for (Field f : annotatedFields(instance.getClass())) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    injectField(context, instance, f);
                }
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        for (Scope s : scopes(context.getParent().orElse(null))) {
            s.resetForNextTest();
        }
        for (Object instance : context.getRequiredTestInstances().getAllInstances()) {
            for (Field f : annotatedFields(instance.getClass())) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                Object current = read(f, instance);
                if (current instanceof FakePeer && ((FakePeer) current).isRunning() && ownedAbove(context, current)) {
                    continue;
                }
                injectField(context, instance, f);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        List<Scope> scopes = scopes(context);
        boolean failed = context.getExecutionException().isPresent();
        DiameterPeerSettings settings = settings(context);
        if (failed || settings.capturePassingTests()) {
            writeCaptures(context, scopes, settings);
        }
        if (!failed) {
            List<String> problems = new ArrayList<>();
            for (Scope s : scopes) {
                for (Map.Entry<String, FakePeer> e : s.peers().entrySet()) {
                    if (s.isStrict(e.getKey()) && !e.getValue().unmatchedRequests().isEmpty()) {
                        StringBuilder sb = new StringBuilder("strict fake peer " + e.getKey() + " received "
                                + e.getValue().unmatchedRequests().size() + " request(s) that no rule matched:");
                        e.getValue().unmatchedRequests().forEach(m -> sb.append('\n')
                                .append(e.getValue().dictionary().render(m)));
                        problems.add(sb.toString());
                    }
                    if (s.isStrict(e.getKey()) && !e.getValue().unmetExpectations().isEmpty()) {
                        problems.add("strict fake peer " + e.getKey() + " has unmet expectations:\n  "
                                + String.join("\n  ", e.getValue().unmetExpectations()));
                    }
                }
            }
            if (!problems.isEmpty()) {
                AssertionError error = new AssertionError(String.join("\n\n", problems));
                addConversations(error, scopes);
                throw error;
            }
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        addConversations(throwable, scopes(context));
        throw throwable;
    }

    private static void addConversations(Throwable throwable, List<Scope> scopes) {
        StringBuilder sb = new StringBuilder();
        for (Scope s : scopes) {
            for (Map.Entry<String, FakePeer> e : s.peers().entrySet()) {
                FakePeer p = e.getValue();
                sb.append("\nDiameter conversation of ").append(p).append(":\n")
                        .append(Ladder.render(p.journal(), p.dictionary()));
                List<String> errors = p.errors();
                if (!errors.isEmpty()) {
                    sb.append("errors inside the fake peer:\n");
                    errors.forEach(x -> sb.append("  ").append(x).append('\n'));
                }
            }
        }
        if (sb.length() > 0) {
            throwable.addSuppressed(new DiameterConversation(sb.toString()));
        }
    }

    private static void writeCaptures(ExtensionContext context, List<Scope> scopes, DiameterPeerSettings settings)
            throws IOException {
        Path dir = settings.reportDirectory().resolve(context.getRequiredTestClass().getName());
        String test = safe(context.getRequiredTestMethod().getName()
                + (context.getDisplayName().startsWith("[") ? "-" + context.getDisplayName() : ""));
        for (Scope s : scopes) {
            for (Map.Entry<String, FakePeer> e : s.peers().entrySet()) {
                FakePeer p = e.getValue();
                Files.createDirectories(dir);
                Path pcap = dir.resolve(test + "-" + safe(e.getKey()) + ".pcap");
                Path transcript = dir.resolve(test + "-" + safe(e.getKey()) + ".txt");
                p.journal().writePcap(pcap);
                StringBuilder sb = new StringBuilder(Ladder.render(p.journal(), p.dictionary())).append('\n');
                p.journal().messages().forEach(m -> sb.append(m.summary()).append('\n')
                        .append(m.message() == null ? "" : p.dictionary().render(m.message())).append('\n'));
                Files.writeString(transcript, sb.toString(), StandardCharsets.UTF_8);
                context.publishReportEntry("diameter.pcap." + e.getKey(), pcap.toAbsolutePath().toString());
                context.publishReportEntry("diameter.transcript." + e.getKey(), transcript.toAbsolutePath().toString());
            }
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    // ------------------------------------------------------------------ parameters

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.isAnnotated(DiameterPeer.class) && isPeerType(parameter.getParameter().getType());
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        DiameterPeer a = parameter.findAnnotation(DiameterPeer.class).orElseThrow();
        Parameter p = parameter.getParameter();
        String name = nameOf(a, p.isNamePresent() ? p.getName() : null, p.getType());
        Optional<FakePeer> existing = find(context, name);
        if (existing.isPresent()) {
            return checkType(existing.get(), p.getType(), name);
        }
        return create(context, a, p.getType(), name, parameter.getDeclaringExecutable());
    }

    private static boolean isPeerType(Class<?> t) {
        return t == FakeServer.class || t == FakeClient.class;
    }

    private static Object checkType(FakePeer peer, Class<?> type, String name) {
        if (!type.isInstance(peer)) {
            throw new ParameterResolutionException("fake peer '" + name + "' is a " + peer.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName() + "; give the peers different names");
        }
        return peer;
    }

    // ------------------------------------------------------------------ fields

    private static List<Field> annotatedFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(DiameterPeer.class)) {
                    if (!isPeerType(f.getType())) {
                        throw new ExtensionConfigurationException("@DiameterPeer field " + f.getName() + " of "
                                + c.getName() + " must be a FakeServer or a FakeClient, not " + f.getType().getName());
                    }
                    out.add(f);
                }
            }
        }
        return out;
    }

    private void injectField(ExtensionContext context, Object instance, Field f) {
        DiameterPeer a = f.getAnnotation(DiameterPeer.class);
        String name = nameOf(a, f.getName(), f.getType());
        Object current = read(f, instance);
        FakePeer peer;
        if (current instanceof FakePeer) {
            peer = (FakePeer) current;
            if (!peer.isRunning()) {
                start(peer);
            }
            scope(context).add(name, peer, a.strict() || settings(context).strict());
        } else {
            peer = find(context, name).orElseGet(() -> create(context, a, f.getType(), name, null));
        }
        write(f, instance, checkType(peer, f.getType(), name));
    }

    private static Object read(Field f, Object instance) {
        try {
            f.setAccessible(true);
            return f.get(instance);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException("cannot read @DiameterPeer field " + f.getName(), e);
        }
    }

    private static void write(Field f, Object instance, Object value) {
        try {
            f.setAccessible(true);
            f.set(instance, value);
        } catch (IllegalAccessException e) {
            throw new ExtensionConfigurationException("cannot set @DiameterPeer field " + f.getName()
                    + (Modifier.isFinal(f.getModifiers()) ? " (make it non-final)" : ""), e);
        }
    }

    // ------------------------------------------------------------------ creating peers

    private FakePeer create(ExtensionContext context, DiameterPeer a, Class<?> type, String name,
                            Executable siblings) {
        DiameterPeerSettings settings = settings(context);
        FakePeer peer;
        if (type == FakeServer.class) {
            FakeServer.Builder b = configure(FakeServer.builder().port(a.port()), a, name, context);
            settings.server(name).accept(b);
            peer = b.build();
        } else {
            InetSocketAddress target = connectTarget(context, a, name, siblings);
            FakeClient.Builder b = configure(FakeClient.builder().connectTo(target), a, name, context);
            settings.client(name).accept(b);
            peer = b.build();
        }
        Scope scope = scope(context);
        scope.add(name, peer, a.strict() || settings.strict());
        start(peer);
        if (peer instanceof FakeServer) {
            scope.exportAddress(name, ((FakeServer) peer).address());
        }
        return peer;
    }

    /** Applies what the annotation says that servers and clients share. */
    private static <B extends FakePeer.Builder<B>> B configure(B b, DiameterPeer a, String name,
                                                               ExtensionContext context) {
        b.name(name).realm(a.realm());
        if (!a.originHost().isEmpty()) {
            b.originHost(a.originHost());
        }
        if (a.applications().length > 0) {
            b.applications(applications(a.applications()));
        }
        if (!a.watchdog().isEmpty()) {
            b.watchdog(duration(a.watchdog(), name));
        }
        if (a.dictionary().length > 0) {
            b.dictionary(dictionary(a.dictionary(), context));
        }
        switch (a.transport()) {
            case TLS: b.peerConfig(p -> p.tls(TlsSettings.selfSigned())); break;
            case SCTP: requireSctp(); b.peerConfig(p -> p.protocol(TransportProtocol.SCTP)); break;
            default: break;
        }
        return b;
    }

    private static void start(FakePeer peer) {
        if (peer instanceof FakeServer) {
            ((FakeServer) peer).start();
        } else {
            ((FakeClient) peer).start();
        }
    }

    private static void requireSctp() {
        Optional<String> why = SctpSupport.unavailableReason();
        if (why.isPresent()) {
            throw new TestAbortedException("SCTP is not available here: " + why.get());
        }
    }

    private InetSocketAddress connectTarget(ExtensionContext context, DiameterPeer a, String name,
                                            Executable siblings) {
        String to = a.connectTo().trim();
        if (to.isEmpty()) {
            throw new ExtensionConfigurationException("fake client '" + name
                    + "' needs connectTo: the name of a fake server, host:port, or ${system.property}");
        }
        if (to.startsWith("${") && to.endsWith("}")) {
            String prop = to.substring(2, to.length() - 1);
            String value = System.getProperty(prop);
            if (value == null) {
                throw new ExtensionConfigurationException("fake client '" + name + "' connects to ${" + prop
                        + "}, but that system property is not set");
            }
            return hostPort(value, name);
        }
        if (to.matches(".+:\\d+")) {
            return hostPort(to, name);
        }
        Optional<FakePeer> server = find(context, to);
        if (server.isEmpty() && siblings != null) {
            for (Parameter p : siblings.getParameters()) {
                DiameterPeer other = p.getAnnotation(DiameterPeer.class);
                if (other != null && p.getType() == FakeServer.class
                        && nameOf(other, p.isNamePresent() ? p.getName() : null, p.getType()).equals(to)) {
                    server = Optional.of(create(context, other, FakeServer.class, to, siblings));
                }
            }
        }
        if (server.isEmpty() || !(server.get() instanceof FakeServer)) {
            throw new ExtensionConfigurationException("fake client '" + name + "' connects to '" + to
                    + "', which is not a fake server of this test (nor host:port, nor ${property})");
        }
        return ((FakeServer) server.get()).address();
    }

    private static InetSocketAddress hostPort(String value, String name) {
        int colon = value.lastIndexOf(':');
        if (colon < 1) {
            throw new ExtensionConfigurationException("fake client '" + name + "': '" + value + "' is not host:port");
        }
        String host = value.substring(0, colon).replace("[", "").replace("]", "");
        return new InetSocketAddress(host, Integer.parseInt(value.substring(colon + 1)));
    }

    static long[] applications(String[] names) {
        long[] ids = new long[names.length];
        for (int i = 0; i < names.length; i++) {
            ids[i] = application(names[i]);
        }
        return ids;
    }

    private static long application(String name) {
        String n = name.trim();
        if (n.matches("\\d+")) {
            return Long.parseLong(n);
        }
        switch (n.toLowerCase(Locale.ROOT)) {
            case "credit-control": case "dcca": case "gy": case "ro": return Applications.CREDIT_CONTROL;
            case "gx": return Applications.GX;
            case "rx": return Applications.RX;
            case "s6a": case "s6d": case "s6a/s6d": return Applications.S6A;
            case "relay": return Applications.RELAY;
            default: break;
        }
        List<String> known = new ArrayList<>();
        for (ApplicationDefinition d : Dictionary.builtIn().applications()) {
            if (d.name().equalsIgnoreCase(n)) {
                return d.id();
            }
            known.add(d.name());
        }
        throw new ExtensionConfigurationException("unknown application '" + name
                + "': give its id, or one of Credit-Control, Gx, Rx, S6a, Relay, " + known);
    }

    static Duration duration(String text, String name) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1).trim()) * 1000));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1).trim()));
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            // fall through to the error below
        }
        throw new ExtensionConfigurationException("peer '" + name + "': watchdog '" + text
                + "' is not a duration such as 30s, 500ms or PT0.5S");
    }

    private static Dictionary dictionary(String[] files, ExtensionContext context) {
        List<Path> paths = new ArrayList<>();
        for (String f : files) {
            Path p = Path.of(f);
            if (!Files.exists(p)) {
                URL r = context.getRequiredTestClass().getClassLoader().getResource(f.startsWith("/") ? f.substring(1) : f);
                if (r == null) {
                    throw new ExtensionConfigurationException("dictionary file '" + f
                            + "' is neither a file nor a classpath resource");
                }
                try {
                    p = Path.of(r.toURI());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    throw new ExtensionConfigurationException("dictionary resource '" + f + "' is not a file", e);
                }
            }
            paths.add(p);
        }
        return Dictionary.builtIn().extendedWith(paths.toArray(new Path[0]));
    }

    private static String nameOf(DiameterPeer a, String declared, Class<?> type) {
        if (!a.name().isEmpty()) {
            return a.name();
        }
        if (declared != null && !declared.matches("arg\\d+")) {
            return declared;
        }
        return type == FakeServer.class ? "server" : "client";
    }

    // ------------------------------------------------------------------ scopes and settings

    private static Scope scope(ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(SCOPE, k -> new Scope(), Scope.class);
    }

    /** The scopes from this context up to the root, innermost first (only those that exist). */
    private static List<Scope> scopes(ExtensionContext context) {
        List<Scope> out = new ArrayList<>();
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Scope s = c.getStore(NAMESPACE).get(SCOPE, Scope.class);
            if (s != null && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    private static Optional<FakePeer> find(ExtensionContext context, String name) {
        for (Scope s : scopes(context)) {
            FakePeer p = s.peers().get(name);
            if (p != null) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean ownedAbove(ExtensionContext context, Object peer) {
        for (Scope s : scopes(context.getParent().orElse(null))) {
            if (s.peers().containsValue(peer)) {
                return true;
            }
        }
        return false;
    }

    private static DiameterPeerSettings settings(ExtensionContext context) {
        for (ExtensionContext c = context; c != null; c = c.getParent().orElse(null)) {
            Optional<Class<?>> type = c.getTestClass();
            if (type.isEmpty()) {
                continue;
            }
            for (Class<?> k = type.get(); k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (f.getType() == DiameterPeerSettings.class && f.isAnnotationPresent(RegisterExtension.class)) {
                        Object instance = Modifier.isStatic(f.getModifiers()) ? null
                                : c.getTestInstance().filter(k::isInstance).orElse(null);
                        if (instance == null && !Modifier.isStatic(f.getModifiers())) {
                            continue;
                        }
                        Object value = read(f, instance);
                        if (value != null) {
                            return (DiameterPeerSettings) value;
                        }
                    }
                }
            }
        }
        return DiameterPeerSettings.DEFAULTS;
    }
}
