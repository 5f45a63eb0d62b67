package io.diameterharness.samples.sms.diameter;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the application's codes against Wireshark's Diameter dictionary as Debian installs it
 * (read in place, never copied: the files are GPL). Skipped where Wireshark is not installed,
 * unless {@code -Ddiameter.require.tshark=true}.
 */
class CodesAgainstWiresharkDictionaryTest {

    private static final Path DIR = Path.of("/usr/share/wireshark/diameter");
    private static final Pattern AVP = Pattern.compile("<avp\\s+name=\"([^\"]+)\"\\s+code=\"(\\d+)\"([^>]*)>");
    private static final Pattern VENDOR = Pattern.compile("vendor-id=\"([^\"]+)\"");
    private static final Pattern ENUM = Pattern.compile("<enum\\s+name=\"([^\"]+)\"\\s+code=\"(-?\\d+)\"");
    private static final Pattern COMMAND = Pattern.compile("<command\\s+name=\"([^\"]+)\"\\s+code=\"(\\d+)\"");

    /** "name" -> every "code/vendor" Wireshark defines under that name. */
    private static final Map<String, Set<String>> AVPS = new HashMap<>();
    /** "avp name/enum name" -> every enum code. */
    private static final Map<String, Set<Long>> ENUMS = new HashMap<>();
    private static final Map<String, Set<Integer>> COMMANDS = new HashMap<>();

    @BeforeAll
    static void readDictionary() throws IOException {
        boolean required = Boolean.getBoolean("diameter.require.tshark");
        assumeTrue(required || Files.isDirectory(DIR), "Wireshark's Diameter dictionary is not installed");
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).toList();
        }
        for (Path file : files) {
            String avpName = null;
            for (String line : Files.readAllLines(file)) {
                Matcher a = AVP.matcher(line);
                if (a.find()) {
                    avpName = a.group(1);
                    Matcher v = VENDOR.matcher(a.group(3));
                    String vendor = v.find() ? v.group(1) : "None";
                    AVPS.computeIfAbsent(avpName, k -> new HashSet<>()).add(a.group(2) + "/" + vendor);
                }
                Matcher e = ENUM.matcher(line);
                if (e.find() && avpName != null) {
                    ENUMS.computeIfAbsent(avpName + "/" + e.group(1), k -> new HashSet<>()).add(Long.parseLong(e.group(2)));
                }
                if (line.contains("</avp>")) {
                    avpName = null;
                }
                Matcher c = COMMAND.matcher(line);
                if (c.find()) {
                    COMMANDS.computeIfAbsent(c.group(1), k -> new HashSet<>()).add(Integer.parseInt(c.group(2)));
                }
            }
        }
    }

    private static void avp(String name, int code, String vendor) {
        Set<String> defined = AVPS.getOrDefault(name, Set.of());
        assertTrue(defined.contains(code + "/" + vendor), () -> name + " is " + code + "/" + vendor
                + " here, Wireshark defines " + defined);
    }

    private static void enumValue(String avp, String name, long code) {
        Set<Long> defined = ENUMS.getOrDefault(avp + "/" + name, Set.of());
        assertTrue(defined.contains(code), () -> avp + " " + name + " is " + code + " here, Wireshark says " + defined);
    }

    @Test
    void baseAndCreditControlAvpCodesMatchWireshark() {
        avp("User-Name", Codes.USER_NAME, "None");
        avp("Event-Timestamp", Codes.EVENT_TIMESTAMP, "None");
        avp("Host-IP-Address", Codes.HOST_IP_ADDRESS, "None");
        avp("Auth-Application-Id", Codes.AUTH_APPLICATION_ID, "None");
        avp("Vendor-Specific-Application-Id", Codes.VENDOR_SPECIFIC_APPLICATION_ID, "None");
        avp("Session-Id", Codes.SESSION_ID, "None");
        avp("Origin-Host", Codes.ORIGIN_HOST, "None");
        avp("Supported-Vendor-Id", Codes.SUPPORTED_VENDOR_ID, "None");
        avp("Vendor-Id", Codes.VENDOR_ID, "None");
        avp("Firmware-Revision", Codes.FIRMWARE_REVISION, "None");
        avp("Result-Code", Codes.RESULT_CODE, "None");
        avp("Product-Name", Codes.PRODUCT_NAME, "None");
        avp("Disconnect-Cause", Codes.DISCONNECT_CAUSE, "None");
        avp("Origin-State-Id", Codes.ORIGIN_STATE_ID, "None");
        avp("Failed-AVP", Codes.FAILED_AVP, "None");
        avp("Error-Message", Codes.ERROR_MESSAGE, "None");
        avp("Destination-Realm", Codes.DESTINATION_REALM, "None");
        avp("Destination-Host", Codes.DESTINATION_HOST, "None");
        avp("Origin-Realm", Codes.ORIGIN_REALM, "None");
        avp("Experimental-Result", Codes.EXPERIMENTAL_RESULT, "None");
        avp("Experimental-Result-Code", Codes.EXPERIMENTAL_RESULT_CODE, "None");
        avp("CC-Request-Number", Codes.CC_REQUEST_NUMBER, "None");
        avp("CC-Request-Type", Codes.CC_REQUEST_TYPE, "None");
        avp("CC-Service-Specific-Units", Codes.CC_SERVICE_SPECIFIC_UNITS, "None");
        avp("Granted-Service-Unit", Codes.GRANTED_SERVICE_UNIT, "None");
        avp("Requested-Action", Codes.REQUESTED_ACTION, "None");
        avp("Requested-Service-Unit", Codes.REQUESTED_SERVICE_UNIT, "None");
        avp("Service-Identifier", Codes.SERVICE_IDENTIFIER, "None");
        avp("Subscription-Id", Codes.SUBSCRIPTION_ID, "None");
        avp("Subscription-Id-Data", Codes.SUBSCRIPTION_ID_DATA, "None");
        avp("Subscription-Id-Type", Codes.SUBSCRIPTION_ID_TYPE, "None");
        avp("Multiple-Services-Credit-Control", Codes.MULTIPLE_SERVICES_CREDIT_CONTROL, "None");
        avp("Service-Context-Id", Codes.SERVICE_CONTEXT_ID, "None");
    }

    @Test
    void threeGppSmsChargingAvpCodesMatchWireshark() {
        avp("Service-Information", Codes.SERVICE_INFORMATION, "TGPP");
        avp("Address-Data", Codes.ADDRESS_DATA, "TGPP");
        avp("Address-Type", Codes.ADDRESS_TYPE, "TGPP");
        avp("Recipient-Address", Codes.RECIPIENT_ADDRESS, "TGPP");
        avp("SMS-Information", Codes.SMS_INFORMATION, "TGPP");
        avp("Data-Coding-Scheme", Codes.DATA_CODING_SCHEME, "TGPP");
        avp("SM-Message-Type", Codes.SM_MESSAGE_TYPE, "TGPP");
        avp("Recipient-Info", Codes.RECIPIENT_INFO, "TGPP");
    }

    @Test
    void enumeratedValuesAndResultCodesMatchWireshark() {
        enumValue("CC-Request-Type", "EVENT_REQUEST", Codes.EVENT_REQUEST);
        enumValue("Requested-Action", "DIRECT_DEBITING", Codes.DIRECT_DEBITING);
        enumValue("Subscription-Id-Type", "END_USER_E164", Codes.END_USER_E164);
        enumValue("SM-Message-Type", "SUBMISSION", Codes.SM_SUBMISSION);
        enumValue("Address-Type", "MSISDN", Codes.ADDRESS_TYPE_MSISDN);
        enumValue("Disconnect-Cause", "REBOOTING", Codes.DISCONNECT_REBOOTING);
        enumValue("Disconnect-Cause", "BUSY", Codes.DISCONNECT_BUSY);
        enumValue("Disconnect-Cause", "DO_NOT_WANT_TO_TALK_TO_YOU", Codes.DISCONNECT_DO_NOT_WANT_TO_TALK_TO_YOU);
        enumValue("Result-Code", "DIAMETER_SUCCESS", Codes.DIAMETER_SUCCESS);
        enumValue("Result-Code", "DIAMETER_COMMAND_UNSUPPORTED", Codes.DIAMETER_COMMAND_UNSUPPORTED);
        enumValue("Result-Code", "DIAMETER_TOO_BUSY", Codes.DIAMETER_TOO_BUSY);
        enumValue("Result-Code", "DIAMETER_CREDIT_LIMIT_REACHED", Codes.DIAMETER_CREDIT_LIMIT_REACHED);
        enumValue("Result-Code", "DIAMETER_MISSING_AVP", Codes.DIAMETER_MISSING_AVP);
    }

    @Test
    void commandCodesMatchWireshark() {
        assertTrue(COMMANDS.get("Capabilities-Exchange").contains(Codes.CMD_CAPABILITIES_EXCHANGE));
        assertTrue(COMMANDS.get("Device-Watchdog").contains(Codes.CMD_DEVICE_WATCHDOG));
        assertTrue(COMMANDS.get("Disconnect-Peer").contains(Codes.CMD_DISCONNECT_PEER));
        assertTrue(COMMANDS.get("Credit-Control").contains(Codes.CMD_CREDIT_CONTROL));
    }
}
