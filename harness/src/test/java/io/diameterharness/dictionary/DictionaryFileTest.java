package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.AvpType;
import io.diameterharness.codec.ResultCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    private static final String OCS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <dictionary>
              <vendor vendor-id="Acme" code="99999" name="Acme OCS"/>
              <application id="4" name="Diameter Credit Control">
                <avp name="Acme-Tariff-Class" code="1001" vendor-id="Acme" mandatory="mustnot">
                  <type type-name="Enumerated"/>
                  <enum name="GOLD" code="1"/>
                  <enum name="SILVER" code="2"/>
                </avp>
                <avp name="Acme-Bundle" code="1002" vendor-id="Acme" mandatory="must">
                  <grouped><![CDATA[
                    { Acme-Tariff-Class }
                    *[ Rating-Group ]
                  ]]></grouped>
                </avp>
              </application>
            </dictionary>
            """;

    @Test
    void extendsTheBuiltInDictionaryWithVendorAvpsOfAUserFile() throws IOException {
        Dictionary d = Dictionary.builtIn().extendedWith(write("ocs.xml", OCS));
        AvpDefinition tariff = d.avp("acme-tariff-class").orElseThrow();
        assertEquals(99999, tariff.vendorId());
        assertEquals(FlagRule.MUST_NOT, tariff.mandatoryBit());
        assertEquals(FlagRule.MUST, tariff.vendorBit());
        assertEquals("GOLD", tariff.enumLabel(1).orElseThrow());
        AvpRule rating = d.avp("Acme-Bundle").orElseThrow().groupedContent().orElseThrow().rule("Rating-Group");
        assertEquals(432, rating.code(), "names resolve across files");
        assertEquals("Acme OCS", d.vendor(99999).orElseThrow().name());
        assertTrue(Dictionary.builtIn().avp("Acme-Tariff-Class").isEmpty(), "built-in stays unchanged");
    }

    @Test
    void letsALaterFileOverrideAWholeDefinitionByCodeAndVendor() throws IOException {
        Path override = write("override.xml", """
                <dictionary><application id="4">
                  <avp name="CC-Request-Type" code="416" mandatory="may">
                    <type type-name="Enumerated"/>
                    <enum name="ONLY_EVENTS" code="4"/>
                  </avp>
                  <avp name="Service-Context-Id" code="999" mandatory="must">
                    <type type-name="OctetString"/>
                  </avp>
                </application></dictionary>
                """);
        Dictionary d = Dictionary.builtIn().extendedWith(override);
        AvpDefinition type = d.avp(416, 0).orElseThrow();
        assertEquals(FlagRule.MAY, type.mandatoryBit());
        assertEquals(1, type.enumValues().size(), "the enum list is replaced, not merged");
        assertEquals("ONLY_EVENTS", type.enumLabel(4).orElseThrow());
        // a name taken by a later definition points to it; the earlier one stays reachable by code
        assertEquals(999, d.avp("Service-Context-Id").orElseThrow().code());
        assertEquals(AvpType.UTF8_STRING, d.avp(461, 0).orElseThrow().type());
        // and validation uses the new definitions: value 1 is no longer a defined CC-Request-Type
        List<Violation> v = d.validate(ValidationTest.ccr()
                .removeAvps(416, 0).avp(Avps.CC_REQUEST_TYPE.avp(1)).build());
        assertTrue(v.stream().anyMatch(x -> x.resultCode() == ResultCode.DIAMETER_INVALID_AVP_VALUE), v::toString);
    }

    @Test
    void failsABadFileWithFileLineAndProblem() throws IOException {
        Path bad = write("bad.xml", """
                <dictionary>
                  <application id="4">
                    <avp name="Broken" code="1" mandatory="must">
                      <type type-name="Unsigned33"/>
                    </avp>
                  </application>
                </dictionary>
                """);
        DictionaryLoadException e = assertThrows(DictionaryLoadException.class,
                () -> Dictionary.builtIn().extendedWith(bad));
        assertEquals(bad.toString(), e.file());
        assertEquals(3, e.line());
        assertEquals("AVP Broken: unknown type 'Unsigned33' (not a Diameter type and no <typedefn> derives it from one)",
                e.problem());
    }

    @Test
    void failsBadAbnfWithTheLineOfTheRule() throws IOException {
        Path bad = write("abnf.xml", """
                <dictionary><application id="4">
                  <avp name="G" code="5000" mandatory="must">
                    <grouped><![CDATA[
                      { Session-Id }
                      3*2[ User-Name ]
                    ]]></grouped>
                  </avp>
                </application></dictionary>
                """);
        DictionaryLoadException e = assertThrows(DictionaryLoadException.class, () -> Dictionary.builder().load(bad));
        assertEquals(5, e.line());
        assertTrue(e.problem().contains("qualifier '3*2' of User-Name has max < min"), e.problem());
    }

    @Test
    void failsMalformedXmlWithItsLine() throws IOException {
        Path bad = write("broken.xml", "<dictionary>\n<application id=\"4\">\n</dictionary>\n");
        DictionaryLoadException e = assertThrows(DictionaryLoadException.class, () -> Dictionary.builder().load(bad));
        assertEquals(3, e.line());
        assertTrue(e.problem().startsWith("not well-formed XML"), e.problem());
    }

    @Test
    void failsAnUnknownVendorSymbolAndAnUnknownElement() throws IOException {
        Path vendor = write("vendor.xml", "<dictionary>\n<avp name=\"X\" code=\"1\" vendor-id=\"Nobody\">"
                + "<type type-name=\"Unsigned32\"/></avp>\n</dictionary>");
        DictionaryLoadException e1 = assertThrows(DictionaryLoadException.class,
                () -> Dictionary.builder().load(vendor));
        assertTrue(e1.problem().contains("names vendor 'Nobody'"), e1.problem());
        Path element = write("element.xml", "<dictionary>\n\n<avps/>\n</dictionary>");
        DictionaryLoadException e2 = assertThrows(DictionaryLoadException.class,
                () -> Dictionary.builder().load(element));
        assertEquals(3, e2.line());
        assertTrue(e2.problem().startsWith("unknown element <avps>"), e2.problem());
    }

    @Test
    void failsARuleThatNamesAnUnknownAvp() throws IOException {
        Path f = write("dangling.xml", """
                <dictionary><application id="4">
                  <avp name="G" code="5000"><grouped><gavp name="Does-Not-Exist"/></grouped></avp>
                </application></dictionary>
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Dictionary.builder().load(f).build());
        assertTrue(e.getMessage().contains("Grouped AVP G (" + f + ":2) names unknown AVP 'Does-Not-Exist'"),
                e.getMessage());
        assertTrue(Dictionary.builder().load(f).lenientReferences().build().avp("G").isPresent());
    }

    @Test
    void refusesExternalEntitiesOutsideTheDictionaryDirectory() throws IOException {
        Path secret = Files.writeString(Files.createTempFile("secret", ".xml"), "<avp name=\"Leak\" code=\"1\">"
                + "<type type-name=\"OctetString\"/></avp>");
        try {
            Path xxe = write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dictionary [\n"
                    + "<!ENTITY leak SYSTEM \"" + secret.toUri() + "\">\n]>\n<dictionary>&leak;</dictionary>\n");
            DictionaryLoadException e = assertThrows(DictionaryLoadException.class,
                    () -> Dictionary.builder().load(xxe));
            assertTrue(e.problem().contains("refused"), e.problem());
            Path net = write("net.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dictionary [\n"
                    + "<!ENTITY remote SYSTEM \"http://127.0.0.1:9/evil.xml\">\n]>\n<dictionary>&remote;</dictionary>\n");
            DictionaryLoadException e2 = assertThrows(DictionaryLoadException.class,
                    () -> Dictionary.builder().load(net));
            assertTrue(e2.problem().contains("refused"), e2.problem());
            Path up = write("up.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dictionary [\n"
                    + "<!ENTITY up SYSTEM \"../" + secret.getFileName() + "\">\n]>\n<dictionary>&up;</dictionary>\n");
            assertThrows(DictionaryLoadException.class, () -> Dictionary.builder().load(up));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void includesFilesOfTheSameDirectoryThroughEntitiesAndReportsTheIncludedFilesLine() throws IOException {
        write("part.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<application id=\"4\">\n"
                + "<avp name=\"Part-Avp\" code=\"7001\"><type type-name=\"Unsigned32\"/></avp>\n</application>\n");
        Path main = write("main.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE dictionary [\n"
                + "<!ENTITY part SYSTEM \"part.xml\">\n]>\n<dictionary>&part;</dictionary>\n");
        Dictionary d = Dictionary.builder().load(main).build();
        assertEquals("Part-Avp", d.avp(7001, 0).orElseThrow().name());
        assertEquals(dir.resolve("part.xml") + ":3", d.avp(7001, 0).orElseThrow().source());
        assertFalse(d.avp(7001, 0).orElseThrow().isGrouped());
    }

    @Test
    void refusesEntityExpansionBombs() throws IOException {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE dictionary [\n<!ENTITY a0 \"xxxxxxxxxx\">\n");
        for (int i = 1; i < 12; i++) {
            sb.append("<!ENTITY a").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                sb.append("&a").append(i - 1).append(';');
            }
            sb.append("\">\n");
        }
        sb.append("]>\n<dictionary><application id=\"1\" name=\"&a11;\"/></dictionary>\n");
        Path bomb = write("bomb.xml", sb.toString());
        assertThrows(DictionaryLoadException.class, () -> Dictionary.builder().load(bomb));
    }
}
