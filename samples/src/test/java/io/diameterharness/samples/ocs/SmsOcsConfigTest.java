package io.diameterharness.samples.ocs;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Misuse of the OCS configuration fails at build time and names the value. */
class SmsOcsConfigTest {

    @Test
    void keepsTheOpeningBalances() {
        SmsOcsConfig c = SmsOcsConfig.builder().subscriber("41780000001", 5).build();
        assertThat(c.balances(), equalTo(Map.of("41780000001", 5L)));
        assertThat(c.originRealm(), equalTo("ocs.example"));
    }

    @Test
    void refusesAnMsisdnThatIsNotDigits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmsOcsConfig.builder().subscriber("+41 78", 1).build());
        assertThat(e.getMessage(), containsString("'+41 78' is not 1 to 15 digits"));
    }

    @Test
    void refusesANegativeBalance() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmsOcsConfig.builder().subscriber("41780000001", -1).build());
        assertThat(e.getMessage(), containsString("must not be negative, got -1"));
    }

    @Test
    void refusesAPortOutOfRangeAndAZeroWatchdog() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> SmsOcsConfig.builder().port(70000).build())
                .getMessage(), containsString("port must be 0 to 65535, got 70000"));
        assertThat(assertThrows(IllegalArgumentException.class,
                () -> SmsOcsConfig.builder().watchdogInterval(Duration.ZERO).build()).getMessage(),
                containsString("watchdog interval Tw must be positive"));
    }
}
