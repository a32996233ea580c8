package dev.handbook.model;

/** How one steady-state probe came out: within its tolerance, outside it, or it could not run (it raised). */
public enum ProbeResult implements WireValue {
    MET, NOT_MET, FAILED
}
