package io.diameterharness.benchmarks;

import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.demo.ExampleMessages;
import io.diameterharness.dictionary.Applications;
import io.diameterharness.dictionary.Avps;
import io.diameterharness.dictionary.Commands;
import io.diameterharness.dictionary.EnumValues;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages the codec benchmarks run on, each valid against the built-in dictionary:
 * {@code ccr} (the example SMS charging CCR), {@code cca} (its answer), {@code dwr} (a
 * Device-Watchdog-Request) and {@code gx-cca} (a Gx CCA installing
 * {@value #GX_RULES} PCC rules, each with flows and QoS).
 */
public final class BenchmarkMessages {
    /** Charging-Rule-Install groups in the Gx answer. */
    public static final int GX_RULES = 40;

    private BenchmarkMessages() {
    }

    /** The message named {@code name}. */
    public static DiameterMessage named(String name) {
        return switch (name) {
            case "ccr" -> ExampleMessages.creditControlRequest();
            case "cca" -> ExampleMessages.creditControlAnswer();
            case "dwr" -> ExampleMessages.deviceWatchdogRequest();
            case "gx-cca" -> gxAnswer(GX_RULES);
            default -> throw new IllegalArgumentException("unknown benchmark message: " + name
                    + " (ccr, cca, dwr, gx-cca)");
        };
    }

    /** A Gx Credit-Control-Answer (TS 29.212) to an INITIAL_REQUEST installing {@code rules} PCC rules. */
    public static DiameterMessage gxAnswer(int rules) {
        List<Avp> installs = new ArrayList<>();
        for (int i = 0; i < rules; i++) {
            installs.add(Avps.CHARGING_RULE_INSTALL.avp(Avps.CHARGING_RULE_DEFINITION.avp(
                    Avps.CHARGING_RULE_NAME.avp(("rule-" + i).getBytes(StandardCharsets.US_ASCII)),
                    Avps.SERVICE_IDENTIFIER.avp(1000L + i),
                    Avps.RATING_GROUP.avp(100L + i),
                    Avps.FLOW_INFORMATION.avp(
                            Avps.FLOW_DESCRIPTION.avp("permit out 17 from 198.51.100.0/24 to 10.0.0.1 " + (5000 + i)),
                            Avps.FLOW_DIRECTION.avp(1)),
                    Avps.FLOW_INFORMATION.avp(
                            Avps.FLOW_DESCRIPTION.avp("permit out 17 from 10.0.0.1 " + (5000 + i) + " to 198.51.100.0/24"),
                            Avps.FLOW_DIRECTION.avp(2)),
                    Avps.ONLINE.avp(1),
                    Avps.OFFLINE.avp(0),
                    Avps.QOS_INFORMATION.avp(
                            Avps.QOS_CLASS_IDENTIFIER.avp(9),
                            Avps.MAX_REQUESTED_BANDWIDTH_UL.avp(2_000_000L),
                            Avps.MAX_REQUESTED_BANDWIDTH_DL.avp(10_000_000L),
                            Avps.ALLOCATION_RETENTION_PRIORITY.avp(
                                    Avps.PRIORITY_LEVEL.avp(9L),
                                    Avps.PRE_EMPTION_CAPABILITY.avp(1),
                                    Avps.PRE_EMPTION_VULNERABILITY.avp(0))),
                    Avps.PRECEDENCE.avp(10L + i))));
        }
        DiameterMessage request = Commands.GX_CREDIT_CONTROL.request().hopByHopId(0x2a000010).endToEndId(0x7d000010)
                .build();
        return DiameterMessage.answerTo(request)
                .avp(Avps.SESSION_ID.avp("pgw.epc.example;1795392000;1"))
                .avp(Avps.AUTH_APPLICATION_ID.avp(Applications.GX))
                .avp(Avps.ORIGIN_HOST.avp("pcrf.epc.example"))
                .avp(Avps.ORIGIN_REALM.avp("epc.example"))
                .avp(Avps.RESULT_CODE.avp(2001L))
                .avp(Avps.CC_REQUEST_TYPE.avp(EnumValues.CcRequestType.INITIAL_REQUEST))
                .avp(Avps.CC_REQUEST_NUMBER.avp(0L))
                .avps(installs)
                .build();
    }
}
