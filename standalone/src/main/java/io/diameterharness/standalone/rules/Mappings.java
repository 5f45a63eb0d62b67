package io.diameterharness.standalone.rules;

import io.diameterharness.standalone.json.Json;
import io.diameterharness.standalone.json.JsonFormatException;
import io.diameterharness.standalone.rules.JsonRules.ParsedRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Loads the JSON rule files of a {@code --mappings} directory. */
public final class Mappings {
    private Mappings() {
    }

    /**
     * Reads every {@code *.json} file of {@code dir} (not its sub-directories), in file name order;
     * within a file, rules keep their order. A mistake names the file and the field.
     *
     * @throws IllegalArgumentException when the directory is missing or a file is not valid rules
     */
    public static List<ParsedRule> load(Path dir, JsonRules reader) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("--mappings " + dir + " is not a directory");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .sorted().collect(Collectors.toList());
        }
        List<ParsedRule> out = new ArrayList<>();
        for (Path f : files) {
            if (Files.size(f) > Json.MAX_DOCUMENT_BYTES) {
                throw new IllegalArgumentException(f + ": larger than " + Json.MAX_DOCUMENT_BYTES + " bytes");
            }
            try {
                out.addAll(reader.parseDocument(Json.parse(Files.readAllBytes(f))));
            } catch (JsonFormatException e) {
                throw new IllegalArgumentException(f + ": " + e.getMessage(), e);
            }
        }
        return out;
    }
}
