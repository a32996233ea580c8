package dev.handbook.model;

/** What kind of exercise a drill was. */
public enum DrillKind implements WireValue {
    DR_DRILL, GAME_DAY, BACKUP_RESTORE, TABLETOP
}
