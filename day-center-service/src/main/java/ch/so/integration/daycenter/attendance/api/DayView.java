package ch.so.integration.daycenter.attendance.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import ch.so.integration.daycenter.attendance.AttendanceKind;

/** @param correctionReason set when the day was corrected after its month was closed */
public record DayView(LocalDate date, AttendanceKind kind, BigDecimal hours, int pensumPercent,
                      String correctionReason) {
}
