/** Implementation of the dictionary: XML loading, ABNF parsing, validation and rendering. Not API. */
package io.diameterharness.dictionary.internal;
