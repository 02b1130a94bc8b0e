package dev.gantry.resources.people.domain;

/** Why a person is away. */
public enum AbsenceKind {
    LEAVE,
    TRAINING,
    SICKNESS,
    OTHER
}
