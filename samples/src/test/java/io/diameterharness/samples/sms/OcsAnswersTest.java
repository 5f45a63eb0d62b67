package io.diameterharness.samples.sms;

import static io.diameterharness.behaviour.Answer.success;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.CC_REQUEST_TYPE;
import static io.diameterharness.dictionary.Avps.REQUESTED_ACTION;
import static io.diameterharness.dictionary.Avps.DESTINATION_HOST;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.dictionary.Avps.SERVICE_INFORMATION;
import static io.diameterharness.dictionary.Avps.SESSION_ID;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasErrorBit;
import static io.diameterharness.matchers.DiameterMatchers.hasFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasNoFailedAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static io.diameterharness.matchers.DiameterMatchers.isAnswer;
import static io.diameterharness.matchers.DiameterMatchers.isRequest;
import static io.diameterharness.samples.sms.SmsChargingApp.RECIPIENT;
import static io.diameterharness.samples.sms.SmsChargingApp.SENDER;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import io.diameterharness.codec.ResultCode;
import io.diameterharness.dictionary.Commands;
import io.diameterharness.fake.FakeServer;
import io.diameterharness.junit.DiameterPeer;
import io.diameterharness.junit.EnableDiameterPeers;
import io.diameterharness.samples.sms.ChargingOutcome.FailedAvp;
import io.diameterharness.samples.sms.ChargingOutcome.Verdict;
import io.diameterharness.samples.sms.diameter.PeerRole;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Field bugs in what the SMS charging service sends to the OCS and how it reads the answers. */
@Timeout(30)
@EnableDiameterPeers
class OcsAnswersTest {

    @RegisterExtension
    final SmsChargingApp app = new SmsChargingApp();

    @Test
    void chargesTheSenderAndNamesTheRecipient(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: SMS billed to the recipient, because Subscription-Id carried the wrong MSISDN.
        ocs.on(creditControlRequest()).answer(success());

        ChargingOutcome outcome = app.connectedTo(ocs).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.ALLOWED));
        assertThat(outcome.resultCode(), is(OptionalLong.of(2001)));
        assertThat(outcome.answeredBy(), is(Optional.of(PeerRole.PRIMARY)));
        assertThat(ocs.takeRequest(), allOf(isRequest(Commands.CREDIT_CONTROL),
                hasAvp(SESSION_ID, equalTo(outcome.sessionId().orElseThrow())),
                hasAvp(SERVICE_CONTEXT_ID, equalTo("32274@3gpp.org")),
                hasAvp(CC_REQUEST_TYPE, equalTo(4)), // EVENT_REQUEST
                hasAvp(REQUESTED_ACTION, equalTo(0)), // DIRECT_DEBITING
                hasAvp("Subscription-Id/Subscription-Id-Type", equalTo(0)), // END_USER_E164
                hasAvp("Subscription-Id/Subscription-Id-Data", equalTo(SENDER)),
                hasAvp("Multiple-Services-Credit-Control/Requested-Service-Unit/CC-Service-Specific-Units",
                        equalTo(BigInteger.ONE)),
                hasAvp("Service-Information/SMS-Information/Recipient-Info/Recipient-Address/Address-Data",
                        equalTo(RECIPIENT))));
    }

    @Test
    void reportsWhichAvpTheOcsSaysIsMissing(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: after an OCS upgrade every SMS came back 5005 DIAMETER_MISSING_AVP and the SMSC
        // logged only "rejected"; nobody could tell which AVP the new release wanted.
        ocs.requireAvp(creditControlRequest(),
                ocs.dictionary().path("Service-Information/SMS-Information/Originator-Address"));

        ChargingOutcome outcome = app.connectedTo(ocs).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.smsAllowed(), is(false));
        assertThat(outcome.resultCode(), is(OptionalLong.of(ResultCode.DIAMETER_MISSING_AVP)));
        assertThat(outcome.failedAvp(), is(Optional.of(new FailedAvp(873, 10415)))); // Service-Information
        assertThat(outcome.detail(), containsString("Failed-AVP 873 vendor 10415"));
        assertThat(ocs.sentAnswers(), hasItem(allOf(isAnswer(272), hasResultCode(5005),
                hasFailedAvp(SERVICE_INFORMATION))));
    }

    @Test
    void rejectsOn5005EvenWhenTheOcsDoesNotSayWhatIsMissing(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: a 5005 without Failed-AVP (some OCS vendors omit it) threw a NullPointerException
        // in the SMSC, which then delivered the SMS uncharged.
        ocs.requireAvpWithoutSayingWhich(creditControlRequest(),
                ocs.dictionary().path("Service-Information/SMS-Information/Originator-Address"));

        ChargingOutcome outcome = app.connectedTo(ocs).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.smsAllowed(), is(false));
        assertThat(outcome.resultCode(), is(OptionalLong.of(ResultCode.DIAMETER_MISSING_AVP)));
        assertThat(outcome.failedAvp(), is(Optional.empty()));
        assertThat(ocs.sentAnswers(), hasItem(allOf(isAnswer(272), hasResultCode(5005), hasNoFailedAvp())));
    }

    @Test
    void rejectsWhenTheDestinationRealmIsWrong(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: a typo in the Destination-Realm; every SMS came back 3003 DIAMETER_REALM_NOT_SERVED
        // and the SMSC reported it as "credit limit reached" to the subscriber.
        app.with("diameter.destination-realm", "ocs.exmaple");

        ChargingOutcome outcome = app.connectedTo(ocs).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.resultCode(), is(OptionalLong.of(ResultCode.DIAMETER_REALM_NOT_SERVED)));
        assertThat(ocs.sentAnswers(), hasItem(allOf(isAnswer(272), hasResultCode(3003), hasErrorBit())));
    }

    @Test
    void rejectsWhenTheDestinationHostIsWrong(@DiameterPeer(realm = "ocs.example") FakeServer ocs)
            throws Exception {
        // Field bug: the OCS node was renamed but the SMSC still sent the old Destination-Host; every SMS
        // came back 3002 DIAMETER_UNABLE_TO_DELIVER.
        app.with("diameter.destination-host", "ocs-old.ocs.example");

        ChargingOutcome outcome = app.connectedTo(ocs).charge(SENDER, RECIPIENT);

        assertThat(outcome.verdict(), is(Verdict.REJECTED));
        assertThat(outcome.resultCode(), is(OptionalLong.of(ResultCode.DIAMETER_UNABLE_TO_DELIVER)));
        assertThat(ocs.takeRequest(), hasAvp(DESTINATION_HOST,
                equalTo("ocs-old.ocs.example")));
    }
}
