package ch.so.integration.daycenter.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompanyHolidaysTest {

    static final UUID KITCHEN = UUID.randomUUID();
    static final UUID GARDEN = UUID.randomUUID();
    static final UUID LAUNDRY = UUID.randomUUID();

    static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    @DisplayName("DC-02: an area may close while another area is open")
    void dc02_allowedWhileAnotherIsOpen() {
        List<CompanyHolidays.AreaClosures> areas = List.of(
                new CompanyHolidays.AreaClosures(KITCHEN, List.of()),
                new CompanyHolidays.AreaClosures(GARDEN, List.of(range("2027-07-19", "2027-07-23"))));
        assertThat(CompanyHolidays.daysWithoutOpenArea(areas, KITCHEN, range("2027-07-26", "2027-08-06"))).isEmpty();
    }

    @Test
    @DisplayName("DC-02: a closure that would close every area at the same time is refused, naming the weekdays")
    void dc02_everyAreaClosedIsRefused() {
        List<CompanyHolidays.AreaClosures> areas = List.of(
                new CompanyHolidays.AreaClosures(KITCHEN, List.of()),
                new CompanyHolidays.AreaClosures(GARDEN, List.of(range("2027-07-19", "2027-07-27"))),
                new CompanyHolidays.AreaClosures(LAUNDRY, List.of(range("2027-07-22", "2027-07-30"))));
        List<LocalDate> days = CompanyHolidays.daysWithoutOpenArea(areas, KITCHEN, range("2027-07-12", "2027-07-25"));
        assertThat(days).containsExactly(LocalDate.parse("2027-07-22"), LocalDate.parse("2027-07-23"));
        assertThat(CompanyHolidays.describe(days)).isEqualTo("2027-07-22 to 2027-07-23");
    }

    @Test
    @DisplayName("DC-02: weekends do not count (closed anyway, DC-01); runs over a weekend are joined")
    void dc02_weekendsDoNotCount() {
        List<CompanyHolidays.AreaClosures> areas = List.of(
                new CompanyHolidays.AreaClosures(KITCHEN, List.of()),
                new CompanyHolidays.AreaClosures(GARDEN, List.of(range("2027-07-23", "2027-07-26"),
                        range("2027-07-28", "2027-07-28"))));
        List<LocalDate> days = CompanyHolidays.daysWithoutOpenArea(areas, KITCHEN, range("2027-07-23", "2027-07-28"));
        assertThat(days).extracting(LocalDate::toString).containsExactly("2027-07-23", "2027-07-26", "2027-07-28");
        assertThat(CompanyHolidays.describe(days)).isEqualTo("2027-07-23 to 2027-07-26, 2027-07-28");
    }

    @Test
    @DisplayName("DC-02: with a single area, no closure is possible; the area's own other closures do not help")
    void dc02_singleArea() {
        List<CompanyHolidays.AreaClosures> areas = List.of(new CompanyHolidays.AreaClosures(KITCHEN, List.of()));
        assertThat(CompanyHolidays.daysWithoutOpenArea(areas, KITCHEN, range("2027-07-30", "2027-08-02")))
                .extracting(LocalDate::toString).containsExactly("2027-07-30", "2027-08-02");
        assertThat(CompanyHolidays.daysWithoutOpenArea(areas, KITCHEN, range("2027-07-31", "2027-08-01"))).isEmpty();
    }
}
