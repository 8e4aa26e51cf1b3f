package ch.so.integration.daycenter.attendance;

/** What a participant's workday was: worked (with hours), one of the absence kinds, or part of a vacation week (DC-03). */
public enum AttendanceKind {
    WORKED, ABSENT, UNEXCUSED, EXCUSED, SICK, VACATION;

    public boolean isAbsence() {
        return this == ABSENT || this == UNEXCUSED || this == EXCUSED || this == SICK;
    }
}
