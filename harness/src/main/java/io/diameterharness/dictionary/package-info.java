/**
 * Meaning for Diameter bytes: applications, commands, AVPs and vendors ({@link io.diameterharness.dictionary.Dictionary}),
 * RFC 6733 ABNF rules ({@link io.diameterharness.dictionary.Abnf}), validation with Result-Codes and Failed-AVP
 * ({@link io.diameterharness.dictionary.Violation}), a Wireshark-like tree rendering, AVP paths
 * ({@link io.diameterharness.dictionary.AvpPath}) and typed constants ({@link io.diameterharness.dictionary.Avps},
 * {@link io.diameterharness.dictionary.Commands}, {@link io.diameterharness.dictionary.Applications},
 * {@link io.diameterharness.dictionary.EnumValues}).
 */
package io.diameterharness.dictionary;
