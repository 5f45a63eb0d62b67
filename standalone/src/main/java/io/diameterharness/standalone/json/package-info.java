/**
 * JSON of the standalone server: the limited reader ({@link io.diameterharness.standalone.json.Json}),
 * names from the dictionary ({@link io.diameterharness.standalone.json.Vocabulary}), AVPs and journal
 * entries as JSON, and errors that name the field and the closest known names.
 */
package io.diameterharness.standalone.json;
