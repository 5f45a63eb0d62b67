/**
 * The HTTP admin API under {@code /__admin/} ({@link io.diameterharness.standalone.admin.AdminServer})
 * on the JDK's built-in HTTP server, and what it does to the running server
 * ({@link io.diameterharness.standalone.admin.ServerControl}).
 */
package io.diameterharness.standalone.admin;
