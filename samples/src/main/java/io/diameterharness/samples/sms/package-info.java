/**
 * An SMS charging service, the application under test of the samples: {@link
 * io.diameterharness.samples.sms.SmsChargingService} looks the sender up over HTTP, sends a
 * Credit-Control EVENT request to an online charging system and returns a {@link
 * io.diameterharness.samples.sms.ChargingOutcome}. Configured by {@link
 * io.diameterharness.samples.sms.SmsChargingConfig#fromProperties}.
 */
package io.diameterharness.samples.sms;
