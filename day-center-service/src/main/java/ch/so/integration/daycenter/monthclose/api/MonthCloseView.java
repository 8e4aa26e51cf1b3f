package ch.so.integration.daycenter.monthclose.api;

import java.time.OffsetDateTime;

import ch.so.integration.platform.paging.Page;

public record MonthCloseView(String month, OffsetDateTime closedAt, String closedBy, Page<LineView> lines) {
}
