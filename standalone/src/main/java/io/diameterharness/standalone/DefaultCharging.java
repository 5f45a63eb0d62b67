package io.diameterharness.standalone;

import io.diameterharness.behaviour.Answer;
import io.diameterharness.behaviour.AnswerFunction;
import io.diameterharness.codec.Avp;
import io.diameterharness.codec.DiameterMessage;
import io.diameterharness.dictionary.Dictionary;
import io.diameterharness.dictionary.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * What the standalone server answers to a Credit-Control-Request when no JSON rule says otherwise:
 * a request that breaks the dictionary's ABNF gets the violation's Result-Code (5005 with the
 * missing AVP in Failed-AVP, 5004, 5009...), any other gets 2001 with a Granted-Service-Unit equal
 * to each Requested-Service-Unit, in each Multiple-Services-Credit-Control and at the top level.
 */
final class DefaultCharging implements AnswerFunction {
    private static final int REQUESTED_SERVICE_UNIT = 437;
    private static final int GRANTED_SERVICE_UNIT = 431;

    private final Dictionary dictionary;

    DefaultCharging(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    @Override
    public Answer answer(DiameterMessage request) {
        List<Violation> violations = dictionary.validate(request);
        if (!violations.isEmpty()) {
            Violation v = violations.get(0);
            Answer a = Answer.failure(v.resultCode()).errorMessage(v.description());
            if (v.failedAvpContent().isPresent()) {
                a = a.failedAvp(v.failedAvpContent().get());
            }
            return a;
        }
        return Answer.success().grantingRequestedUnits().withComputed(DefaultCharging::topLevelGrant);
    }

    private static List<Avp> topLevelGrant(DiameterMessage request) {
        List<Avp> out = new ArrayList<>();
        for (Avp rsu : request.avps(REQUESTED_SERVICE_UNIT, 0)) {
            out.add(Avp.builder(GRANTED_SERVICE_UNIT).mandatory().grouped(rsu.asGrouped()).build());
        }
        return out;
    }
}
