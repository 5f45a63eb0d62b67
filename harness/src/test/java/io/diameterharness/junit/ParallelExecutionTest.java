package io.diameterharness.junit;

import static io.diameterharness.behaviour.Answer.failure;
import static io.diameterharness.behaviour.Requests.creditControlRequest;
import static io.diameterharness.dictionary.Avps.SERVICE_CONTEXT_ID;
import static io.diameterharness.dictionary.Avps.USER_NAME;
import static io.diameterharness.matchers.DiameterMatchers.hasAvp;
import static io.diameterharness.matchers.DiameterMatchers.hasResultCode;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.diameterharness.fake.FakeClient;
import io.diameterharness.fake.FakeServer;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs a suite of peer-using tests with JUnit's parallel execution, several times: no shared
 * ports, no shared state, every test sees only its own peers.
 */
@Timeout(120)
class ParallelExecutionTest {
    static final AtomicInteger LIVE = new AtomicInteger();
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();
    static final int TESTS = 24;

    @OnlyInEngineTestKit
    static class Suite {
        @RepeatedTest(TESTS)
        void eachTestTalksOnlyToItsOwnPeers(@DiameterPeer(name = "ocs") FakeServer ocs,
                                            @DiameterPeer(name = "pcef", connectTo = "ocs") FakeClient pcef) {
            MOST_AT_ONCE.accumulateAndGet(LIVE.incrementAndGet(), Math::max);
            String me = Thread.currentThread().getName() + "/" + ocs.port();
            ocs.on(creditControlRequest()).answer(failure(4012).with(USER_NAME, me));
            for (int i = 0; i < 5; i++) {
                assertThat(pcef.send(pcef.creditControlSession().event().avp(SERVICE_CONTEXT_ID.avp("x")).build()),
                        allOf(hasResultCode(4012), hasAvp(USER_NAME, equalTo(me))));
            }
            assertThat(ocs.requests(creditControlRequest()).size(), is(5));
            LIVE.decrementAndGet();
        }
    }

    @Test
    void suiteRunsInParallelRepeatedlyWithoutInterference() {
        for (int round = 0; round < 4; round++) {
            MOST_AT_ONCE.set(0);
            EngineTestKit.engine("junit-jupiter")
                .configurationParameter(OnlyInEngineTestKit.PARAMETER, "true")
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                    .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                    .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                    .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", "6")
                    .selectors(selectClass(Suite.class))
                    .execute()
                    .testEvents()
                    .assertStatistics(s -> s.started(TESTS).succeeded(TESTS).failed(0));
            assertThat("tests really overlapped", MOST_AT_ONCE.get() >= 2, is(true));
        }
    }
}
