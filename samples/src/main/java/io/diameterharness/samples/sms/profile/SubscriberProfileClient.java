package io.diameterharness.samples.sms.profile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Looks subscribers up in the companion profile service: {@code GET <base>/subscribers/<msisdn>},
 * answered with {@code 200 {"msisdn": "...", "status": "ACTIVE"}} or {@code 404} for an unknown
 * subscriber. Thread-safe.
 */
public final class SubscriberProfileClient {

    private final URI base;
    private final Duration timeout;
    private final HttpClient http;

    /**
     * @param base the profile service's base URL, e.g. {@code http://profiles.internal:8080/api}
     * @param timeout connect and response timeout of each lookup
     * @throws IllegalArgumentException if the URL is not http(s) or the timeout not positive
     */
    public SubscriberProfileClient(URI base, Duration timeout) {
        Objects.requireNonNull(base, "base");
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException("profile URL " + base + " must be http or https");
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("profile timeout must be positive, got " + timeout);
        }
        String s = base.toString();
        this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Looks a subscriber up.
     *
     * @param msisdn the MSISDN (digits only)
     * @return the profile, or empty when the service answers 404 (unknown subscriber)
     * @throws ProfileLookupException when the service cannot be reached, times out, answers with
     *         another status, or sends a body that is not the expected JSON object
     * @throws InterruptedException if interrupted while waiting
     */
    public Optional<SubscriberProfile> lookup(String msisdn) throws ProfileLookupException, InterruptedException {
        if (msisdn == null || !msisdn.matches("[0-9]{1,15}")) {
            throw new IllegalArgumentException("MSISDN '" + msisdn + "' is not 1 to 15 digits (E.164)");
        }
        URI uri = URI.create(base + "/subscribers/" + msisdn);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json")
                .GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new ProfileLookupException("GET " + uri + " timed out after " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new ProfileLookupException("GET " + uri + " failed: " + e, e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new ProfileLookupException("GET " + uri + " answered HTTP " + response.statusCode(), null);
        }
        return Optional.of(parse(uri, msisdn, response.body()));
    }

    private static SubscriberProfile parse(URI uri, String msisdn, String body) throws ProfileLookupException {
        Object json;
        try {
            json = Json.parse(body);
        } catch (IllegalArgumentException e) {
            throw new ProfileLookupException("GET " + uri + " returned " + e.getMessage(), e);
        }
        if (!(json instanceof Map<?, ?> object)) {
            throw new ProfileLookupException("GET " + uri + " returned JSON that is not an object", null);
        }
        Object number = object.get("msisdn");
        Object status = object.get("status");
        if (!(number instanceof String n) || !(status instanceof String s)) {
            throw new ProfileLookupException("GET " + uri + " returned an object without string 'msisdn' and "
                    + "'status': " + body, null);
        }
        if (!n.equals(msisdn)) {
            throw new ProfileLookupException("GET " + uri + " returned the profile of " + n + ", not " + msisdn, null);
        }
        return new SubscriberProfile(n, s);
    }
}
