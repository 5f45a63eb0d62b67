package io.diameterharness.peer;

/** The states of the RFC 3539 section 3.4 watchdog of one connection. */
public enum WatchdogState {
    /** The connection is believed to work. */
    OKAY,
    /** A watchdog went unanswered for Tw; the connection may be failing. */
    SUSPECT,
    /** The connection is declared down and closed. */
    DOWN,
    /** A reopened connection proving itself: three DWAs are needed before OKAY. */
    REOPEN
}
