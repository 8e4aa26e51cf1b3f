package ch.so.integration.daycenter.attendance.api;

import java.math.BigDecimal;

import ch.so.integration.daycenter.attendance.AttendanceKind;

/** Either hours worked (0.25 steps, 0 < h <= 8.5) or an absence kind (ABSENT, UNEXCUSED, EXCUSED, SICK). */
public record RecordDayRequest(BigDecimal hours, AttendanceKind absence) {
}
