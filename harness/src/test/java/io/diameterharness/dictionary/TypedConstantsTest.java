package io.diameterharness.dictionary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.diameterharness.codec.ResultCode;
import io.diameterharness.demo.ExampleMessages;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every typed constant agrees with the built-in dictionary, and the example SMS CCR is valid against it. */
class TypedConstantsTest {
    private final Dictionary dict = Dictionary.builtIn();

    @Test
    void everyAvpConstantMatchesItsDictionaryDefinition() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (Field f : Avps.class.getFields()) {
            if (f.getType() != AvpKey.class) {
                continue;
            }
            count++;
            AvpKey<?> key = (AvpKey<?>) f.get(null);
            AvpDefinition def = dict.avp(key.code(), key.vendorId()).orElse(null);
            if (def == null) {
                wrong.add(f.getName() + ": no definition for " + key);
                continue;
            }
            if (!def.name().equals(key.name()) || def.type() != key.type() || def.sendsMandatory() != key.mandatory()) {
                wrong.add(f.getName() + ": " + key + " " + key.type() + " M=" + key.mandatory() + " but dictionary has "
                        + def + " " + def.type() + " M=" + def.mandatoryBit());
            }
            String expectedName = def.name().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                    .replaceFirst("^3GPP_", "TGPP_");
            if (!f.getName().equals(expectedName) && !f.isAnnotationPresent(Deprecated.class)) {
                wrong.add(f.getName() + " should be named " + expectedName);
            }
        }
        assertTrue(count > 300, "constants: " + count);
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyAvpOfTheBaseAndCreditControlSpecsHasAConstant() throws IllegalAccessException {
        List<Integer> codes = new ArrayList<>();
        for (Field f : Avps.class.getFields()) {
            if (f.getType() == AvpKey.class) {
                AvpKey<?> k = (AvpKey<?>) f.get(null);
                if (k.vendorId() == 0) {
                    codes.add(k.code());
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (AvpDefinition d : dict.avps()) {
            boolean ietfBaseOrCc = d.vendorId() == 0 && d.source() != null
                    && (d.source().contains("rfc6733") || d.source().contains("rfc4006"));
            if (ietfBaseOrCc && !codes.contains(d.code())) {
                missing.add(d.toString());
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyCommandConstantMatchesItsDictionaryDefinition() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        for (Field f : Commands.class.getFields()) {
            CommandKey key = (CommandKey) f.get(null);
            CommandDefinition def = dict.command(key.code(), key.applicationId()).orElse(null);
            if (def == null || !def.name().equals(key.name()) || !def.requestShortName().equals(key.requestShortName())
                    || !def.answerShortName().equals(key.answerShortName()) || def.proxiable() != key.proxiable()) {
                wrong.add(f.getName() + ": " + key + " vs " + def);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyBuiltInApplicationHasAConstant() throws IllegalAccessException {
        List<Long> ids = new ArrayList<>();
        for (Field f : Applications.class.getFields()) {
            ids.add(f.getLong(null));
        }
        for (ApplicationDefinition app : dict.applications()) {
            assertTrue(ids.contains(app.id()), app::toString);
        }
        assertEquals(4L, Applications.CREDIT_CONTROL);
        assertEquals(16777238L, Applications.GX);
        assertEquals(16777236L, Applications.RX);
        assertEquals(16777251L, Applications.S6A);
        assertEquals(0xFFFFFFFFL, Applications.RELAY);
    }

    @Test
    void everyEnumConstantIsALabelOfItsAvp() throws IllegalAccessException {
        List<String> wrong = new ArrayList<>();
        for (Class<?> holder : EnumValues.class.getClasses()) {
            String avpName = holder.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2");
            AvpDefinition def = dict.avp(avpName).orElse(null);
            if (def == null) {
                wrong.add(holder.getSimpleName() + ": no AVP " + avpName);
                continue;
            }
            for (Field f : holder.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                int value = f.getInt(null);
                String label = def.enumLabel(value).orElse("<none>");
                String normalized = label.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
                if (!normalized.equals(f.getName())) {
                    wrong.add(holder.getSimpleName() + "." + f.getName() + " = " + value + " but " + def.name()
                            + " labels it " + label);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theExampleSmsChargingExchangeIsValidAgainstTheBuiltInDictionary() {
        assertEquals(List.of(), dict.validate(ExampleMessages.creditControlRequest()));
        assertEquals(List.of(), dict.validate(ExampleMessages.creditControlAnswer()));
        assertEquals(List.of(), dict.validate(ExampleMessages.capabilitiesExchangeRequest()));
        assertEquals(List.of(), dict.validate(ExampleMessages.capabilitiesExchangeAnswer()));
        assertEquals(List.of(), dict.validate(ExampleMessages.deviceWatchdogRequest()));
        assertEquals(List.of(), dict.validate(ExampleMessages.disconnectPeerRequest()));
    }

    @Test
    void readsTheExampleSmsThroughPathsAndTypedConstants() {
        var ccr = ExampleMessages.creditControlRequest();
        var data = dict.find(ccr, "Service-Information/SMS-Information/Recipient-Info/Recipient-Address/Address-Data");
        assertEquals(List.of(ExampleMessages.RECIPIENT_MSISDN), data.stream().map(Avps.ADDRESS_DATA::read).toList());
        var type = dict.find(ccr, "Service-Information/SMS-Information/SM-Message-Type");
        assertEquals(EnumValues.SmMessageType.SUBMISSION, Avps.SM_MESSAGE_TYPE.read(type.get(0)));
        assertEquals("SUBMISSION", dict.enumLabel(type.get(0)).orElseThrow());
        assertEquals(8, dict.value(dict.find(ccr, "Service-Information/SMS-Information/Data-Coding-Scheme").get(0)));
        String tree = dict.render(ccr);
        assertTrue(tree.contains("      Recipient-Info (2026) vendor 3GPP(10415) VM-\n"
                + "        Recipient-Address (1201) vendor 3GPP(10415) VM-\n"
                + "          Address-Type (899) vendor 3GPP(10415) VM- 1 (MSISDN)\n"
                + "          Address-Data (897) vendor 3GPP(10415) VM- \"41780000002\"\n"), tree);
    }

    @Test
    void anOcsRequirementOnSmsInformationIsCheckedInTheExampleCcr() {
        Dictionary strictOcs = dict.withRequirements(Requirement.inAvp("SMS-Information").requires("Originator-Address"));
        List<Violation> v = strictOcs.validate(ExampleMessages.creditControlRequest());
        assertEquals(1, v.size(), v::toString);
        assertEquals(ResultCode.DIAMETER_MISSING_AVP, v.get(0).resultCode());
        assertEquals("CCR/Service-Information/SMS-Information/Originator-Address", v.get(0).path());
        // Failed-AVP: Service-Information { SMS-Information { Originator-Address (empty Grouped) } }
        var failed = v.get(0).failedAvp();
        assertEquals(873, failed.code());
        assertEquals(2000, failed.asGrouped().get(0).code());
        var standIn = failed.asGrouped().get(0).asGrouped().get(0);
        assertEquals(886, standIn.code());
        assertEquals(10415, standIn.vendorId());
        assertEquals(0, standIn.valueLength());
    }
}
