/**
 * The second sample's application under test: {@link io.diameterharness.samples.ocs.SmsOcs}, a
 * small online charging system (a Diameter server) for SMS, written on the SMS sample's own codec.
 * Its tests drive it with the harness's fake client.
 */
package io.diameterharness.samples.ocs;
