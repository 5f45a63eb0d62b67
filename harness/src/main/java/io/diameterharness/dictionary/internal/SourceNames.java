package io.diameterharness.dictionary.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * How a definition's {@code source()} names its file. A class of its own so that reading the compiled
 * built-in dictionary, which rebuilds sources the way an XML load writes them, does not load the XML
 * loader and its SAX classes.
 */
final class SourceNames {
    private SourceNames() {
    }

    /** A short display name: the file path for {@code file:} URLs, the entry for {@code jar:} ones. */
    static String display(String systemId) {
        if (systemId == null) {
            return "?";
        }
        try {
            if (systemId.startsWith("file:")) {
                return Path.of(new URI(systemId)).toString();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return systemId;
        }
        int bang = systemId.indexOf("!/");
        return bang >= 0 ? systemId.substring(bang + 2) : systemId;
    }
}
