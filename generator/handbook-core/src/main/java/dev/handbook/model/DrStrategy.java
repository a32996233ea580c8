package dev.handbook.model;

/** Disaster-recovery strategies, from cheapest and slowest to dearest and fastest. */
public enum DrStrategy implements WireValue {
    BACKUP_RESTORE, PILOT_LIGHT, WARM_STANDBY, HOT_STANDBY, ACTIVE_ACTIVE
}
