/**
 * Hamcrest matchers over Diameter messages and AVP paths, with mismatch descriptions that print
 * the message as a tree. The only package of the library that imports Hamcrest.
 */
package io.diameterharness.matchers;
