package io.diameterharness.peer;

/**
 * What a server does with a CER whose Origin-Host already has an open connection: the choices real
 * stacks make.
 */
public enum DuplicatePeerPolicy {
    /** Accept the new connection and close the old one (default; what most stacks do after a reboot). */
    REPLACE_OLD,
    /** Answer the new CER with 5012 DIAMETER_UNABLE_TO_COMPLY and close the new connection. */
    REJECT_NEW,
    /** Accept the new connection and keep the old one. */
    KEEP_BOTH
}
