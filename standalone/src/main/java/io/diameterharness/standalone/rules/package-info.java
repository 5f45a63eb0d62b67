/**
 * JSON rules: read into behaviour rules one to one with the Java DSL
 * ({@link io.diameterharness.standalone.rules.JsonRules}), loaded from {@code --mappings}, and kept
 * with ids for the admin API ({@link io.diameterharness.standalone.rules.RuleStore}).
 */
package io.diameterharness.standalone.rules;
