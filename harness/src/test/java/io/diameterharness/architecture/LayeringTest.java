package io.diameterharness.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the library's sources to the layers of DESIGN.md: each package refers only to the packages
 * below it, only {@code junit} uses JUnit and only {@code matchers} uses Hamcrest.
 */
class LayeringTest {
    private static final Path SOURCES = Path.of("src/main/java/io/diameterharness");
    private static final Pattern REFERENCE = Pattern.compile("io\\.diameterharness\\.([a-z]+)\\.");

    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("codec", Set.of()),
            Map.entry("dictionary", Set.of("codec")),
            Map.entry("journal", Set.of("codec", "dictionary")),
            Map.entry("transport", Set.of("codec")),
            Map.entry("peer", Set.of("codec", "dictionary", "journal", "transport")),
            Map.entry("behaviour", Set.of("codec", "dictionary")),
            Map.entry("matchers", Set.of("codec", "dictionary", "behaviour")),
            Map.entry("fake", Set.of("codec", "dictionary", "journal", "transport", "peer", "behaviour")),
            Map.entry("junit", Set.of("codec", "dictionary", "journal", "transport", "peer", "behaviour",
                    "matchers", "fake")),
            Map.entry("demo", Set.of("codec", "dictionary", "journal")));

    @Test
    void everyPackageRefersOnlyToTheLayersBelowIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Map.Entry<String, Set<String>> layer : ALLOWED.entrySet()) {
            for (Path file : javaFiles(SOURCES.resolve(layer.getKey()))) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher m = REFERENCE.matcher(text);
                while (m.find()) {
                    String target = m.group(1);
                    if (!target.equals(layer.getKey()) && !layer.getValue().contains(target)) {
                        violations.add(SOURCES.relativize(file) + " refers to " + target);
                    }
                }
                if (!layer.getKey().equals("junit") && text.contains("org.junit.")) {
                    violations.add(SOURCES.relativize(file) + " uses JUnit outside the junit package");
                }
                if (!layer.getKey().equals("matchers") && text.contains("org.hamcrest.")) {
                    violations.add(SOURCES.relativize(file) + " uses Hamcrest outside the matchers package");
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    @Test
    void everyPackageIsAKnownLayer() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                assertTrue(ALLOWED.containsKey(d.getFileName().toString()),
                        "package " + d.getFileName() + " has no place in the layers; add it to LayeringTest");
            }
        }
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
