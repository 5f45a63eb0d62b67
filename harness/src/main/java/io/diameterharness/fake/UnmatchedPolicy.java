package io.diameterharness.fake;

/**
 * How a fake peer answers a request that no rule matched and that passed dictionary validation
 * (CER, DWR and DPR are always answered by the engine unless a rule says otherwise).
 */
public enum UnmatchedPolicy {
    /** 2001 DIAMETER_SUCCESS, with the Credit-Control echo for CCR (the default). */
    SUCCESS,
    /** 3001 DIAMETER_COMMAND_UNSUPPORTED with the E bit, as a peer that does not know the command would. */
    COMMAND_UNSUPPORTED
}
