/**
 * Subscriber lookup in the companion profile service over HTTP ({@link
 * io.diameterharness.samples.sms.profile.SubscriberProfileClient}), with a minimal JSON reader.
 */
package io.diameterharness.samples.sms.profile;
