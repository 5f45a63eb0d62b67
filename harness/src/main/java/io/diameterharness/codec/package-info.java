/**
 * Wire codec: the immutable message and AVP model, typed values of RFC 6733 section 4.2 and 4.3,
 * encoding, decoding with errors as values carrying Result-Codes, and Netty frame handlers.
 * Knows bytes, not meaning: names and types come from {@code io.diameterharness.dictionary}.
 */
package io.diameterharness.codec;
