package io.diameterharness.standalone;

import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.standalone.json.TableVocabulary;
import io.diameterharness.standalone.rules.JsonRules;
import io.diameterharness.standalone.rules.Mappings;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs the standalone server. */
final class StandaloneServer {
    private StandaloneServer() {
    }

    static int run(Settings settings, PrintWriter out, PrintWriter err) {
        try {
            Dictionary dictionary = Dictionary.builtIn();
            if (!settings.dictionaries().isEmpty()) {
                dictionary = dictionary.extendedWith(settings.dictionaries().toArray(new Path[0]));
            }
            JsonRules reader = new JsonRules(TableVocabulary.fromDictionary(dictionary));
            int rules = settings.mappings() == null ? 0 : Mappings.load(settings.mappings(), reader).size();
            out.println("read " + dictionary.avps().size() + " AVP definitions and " + rules + " rules");
        } catch (Exception e) {
            err.println("diameter-harness-standalone: " + e.getMessage());
            return 1;
        }
        // Interim: the Diameter side is wired to io.diameterharness.fake.FakeServer once it is on main.
        err.println("diameter-harness-standalone: the Diameter listener is not wired yet (waiting for FakeServer)");
        return 1;
    }
}
