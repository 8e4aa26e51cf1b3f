package ch.so.integration.billing.payer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

final class Fixtures {

    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final ServicePeriod MARCH_PERIOD = ServicePeriod.month(MARCH);

    private Fixtures() {
    }

    static BigDecimal chf(String amount) {
        return new BigDecimal(amount);
    }

    static GrantedInstrument grantedFor2026(String number) {
        return new GrantedInstrument(number, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    static Financing subsidy() {
        return new Financing(InstrumentKind.CANTON_SUBSIDY, DebtorKind.CANTON_AND_PARTICIPANT, "Herr B.", null);
    }
}
