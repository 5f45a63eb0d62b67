package io.diameterharness.samples.sms;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.diameterharness.samples.sms.diameter.DiameterClientConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Reading the service configuration from properties. */
class SmsChargingConfigTest {

    private static Properties minimal() {
        Properties p = new Properties();
        p.setProperty("ocs.primary", "ocs1.example:3868");
        p.setProperty("diameter.origin-host", "sms.client.example");
        p.setProperty("diameter.origin-realm", "client.example");
        p.setProperty("diameter.destination-realm", "ocs.example");
        p.setProperty("profile.url", "http://profiles:8080/api");
        return p;
    }

    @Test
    void fillsDefaultsAroundTheRequiredKeys() {
        SmsChargingConfig config = SmsChargingConfig.fromProperties(minimal());
        DiameterClientConfig d = config.diameter();

        assertThat(d.primary(), equalTo(InetSocketAddress.createUnresolved("ocs1.example", 3868)));
        assertThat(d.secondary(), is(Optional.empty()));
        assertThat(d.destinationHost(), is(Optional.empty()));
        assertThat(d.hostIpAddress(), is(Optional.empty()));
        assertThat(d.requestTimeout(), equalTo(Duration.ofSeconds(5)));
        assertThat(d.watchdogInterval(), equalTo(Duration.ofSeconds(30)));
        assertThat(d.ceaTimeout(), equalTo(Duration.ofSeconds(5)));
        assertThat(d.dpaTimeout(), equalTo(Duration.ofSeconds(2)));
        assertThat(d.reconnectInterval(), equalTo(Duration.ofSeconds(30)));
        assertThat(config.timeoutFallback(), is(TimeoutFallback.DENY));
        assertThat(config.profileUrl(), equalTo(URI.create("http://profiles:8080/api")));
        assertThat(config.profileTimeout(), equalTo(Duration.ofSeconds(2)));
    }

    @Test
    void readsEveryKey() throws Exception {
        Properties p = minimal();
        p.setProperty("ocs.secondary", "[::1]:3869");
        p.setProperty("diameter.destination-host", "ocs1.ocs.example");
        p.setProperty("diameter.host-ip-address", "192.0.2.10");
        p.setProperty("diameter.request-timeout-ms", "1500");
        p.setProperty("diameter.watchdog-ms", "6000");
        p.setProperty("diameter.cea-timeout-ms", "700");
        p.setProperty("diameter.dpa-timeout-ms", "800");
        p.setProperty("diameter.reconnect-ms", "900");
        p.setProperty("diameter.vendor-id", "10415");
        p.setProperty("diameter.product-name", "smsc-charging");
        p.setProperty("charging.timeout-fallback", "allow");
        p.setProperty("profile.timeout-ms", "300");

        SmsChargingConfig config = SmsChargingConfig.fromProperties(p);
        DiameterClientConfig d = config.diameter();

        assertThat(d.secondary(), is(Optional.of(new InetSocketAddress(InetAddress.getByName("::1"), 3869))));
        assertThat(d.destinationHost(), is(Optional.of("ocs1.ocs.example")));
        assertThat(d.hostIpAddress(), is(Optional.of(InetAddress.getByName("192.0.2.10"))));
        assertThat(d.requestTimeout(), equalTo(Duration.ofMillis(1500)));
        assertThat(d.watchdogInterval(), equalTo(Duration.ofMillis(6000)));
        assertThat(d.ceaTimeout(), equalTo(Duration.ofMillis(700)));
        assertThat(d.dpaTimeout(), equalTo(Duration.ofMillis(800)));
        assertThat(d.reconnectInterval(), equalTo(Duration.ofMillis(900)));
        assertThat(d.vendorId(), is(10415L));
        assertThat(d.productName(), equalTo("smsc-charging"));
        assertThat(config.timeoutFallback(), is(TimeoutFallback.ALLOW));
        assertThat(config.profileTimeout(), equalTo(Duration.ofMillis(300)));
    }

    @Test
    void namesAMissingRequiredKey() {
        Properties p = minimal();
        p.remove("diameter.origin-realm");

        assertThat(assertThrows(IllegalArgumentException.class, () -> SmsChargingConfig.fromProperties(p)).getMessage(),
                equalTo("configuration key 'diameter.origin-realm' is required"));
    }

    @Test
    void namesAnUnknownKeyAsATypo() {
        Properties p = minimal();
        p.setProperty("diameter.watchdog", "1000");

        assertThat(assertThrows(IllegalArgumentException.class, () -> SmsChargingConfig.fromProperties(p)).getMessage(),
                containsString("unknown configuration key 'diameter.watchdog'"));
    }

    @Test
    void rejectsInvalidValuesNamingTheKey() {
        assertThat(message("ocs.primary", "ocs1"), containsString("ocs.primary must be host:port"));
        assertThat(message("ocs.primary", "ocs1:70000"), containsString("port must be 1 to 65535"));
        assertThat(message("ocs.secondary", "::1:3868"), containsString("IPv6 address in brackets"));
        assertThat(message("diameter.watchdog-ms", "0"), containsString("diameter.watchdog-ms must be positive"));
        assertThat(message("diameter.request-timeout-ms", "soon"), containsString("must be a number, got 'soon'"));
        assertThat(message("charging.timeout-fallback", "MAYBE"), containsString("must be ALLOW or DENY"));
        assertThat(message("profile.url", "file:/etc/passwd"), containsString("must be an http or https URL"));
        assertThat(message("diameter.host-ip-address", "0.0.0.0"), containsString("wildcard address"));
        assertThat(message("diameter.host-ip-address", "ocs1.example"), containsString("literal IPv4 or IPv6"));
    }

    private static String message(String key, String value) {
        Properties p = minimal();
        p.setProperty(key, value);
        return assertThrows(IllegalArgumentException.class, () -> SmsChargingConfig.fromProperties(p)).getMessage();
    }
}
