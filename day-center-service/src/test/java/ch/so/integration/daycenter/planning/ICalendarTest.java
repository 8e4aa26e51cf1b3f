package ch.so.integration.daycenter.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.platform.documents.ICalendar;

class ICalendarTest {

    static final ICalendar.Event EVENT = new ICalendar.Event("e1@day-center", LocalDateTime.of(2027, 1, 18, 8, 0),
            LocalDateTime.of(2027, 1, 18, 12, 0), "Küche; Vormittag, Gruppe", "Muster Anna\nMeier Beat");

    @Test
    @DisplayName("DC-04 iCalendar: VCALENDAR with VTIMEZONE Europe/Zurich and VEVENTs with UID, DTSTAMP, DTSTART/DTEND, SUMMARY")
    void dc04_calendarStructure() {
        String ics = ICalendar.calendar("Tageszentrum", List.of(EVENT), Instant.parse("2027-01-10T07:30:00Z"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(ics).contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Zurich\r\n", "TZOFFSETTO:+0200", "END:VTIMEZONE\r\n",
                "BEGIN:VEVENT\r\nUID:e1@day-center\r\nDTSTAMP:20270110T073000Z\r\n",
                "DTSTART;TZID=Europe/Zurich:20270118T080000\r\n", "DTEND;TZID=Europe/Zurich:20270118T120000\r\n",
                "SUMMARY:Küche\\; Vormittag\\, Gruppe\r\n", "DESCRIPTION:Muster Anna\\nMeier Beat\r\n", "END:VEVENT\r\n");
    }

    @Test
    @DisplayName("DC-04 iCalendar: text values escape backslash, semicolon, comma and line breaks")
    void escaping() {
        assertThat(ICalendar.escape("a\\b;c,d\r\ne\nf")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf");
    }

    @Test
    @DisplayName("DC-04 iCalendar: lines over 75 octets are folded with CRLF and a space, never inside a UTF-8 character")
    void folding() {
        String ascii = "SUMMARY:" + "x".repeat(200);
        String folded = ICalendar.fold(ascii);
        for (String line : folded.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.split("\r\n")[0]).hasSize(75);
        assertThat(folded.split("\r\n")[1]).startsWith(" x");
        assertThat(folded.replace("\r\n ", "")).isEqualTo(ascii);

        String umlauts = "DESCRIPTION:" + "ä".repeat(100);
        String foldedUmlauts = ICalendar.fold(umlauts);
        for (String line : foldedUmlauts.split("\r\n")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(bytes.length).isLessThanOrEqualTo(75);
            assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("\uFFFD");
        }
        assertThat(foldedUmlauts.replace("\r\n ", "")).isEqualTo(umlauts);
        assertThat(ICalendar.fold("SUMMARY:kurz")).isEqualTo("SUMMARY:kurz");
        String exactly75 = "X".repeat(75);
        assertThat(ICalendar.fold(exactly75)).isEqualTo(exactly75);
    }

    @Test
    @DisplayName("DC-04 iCalendar: a long summary in a feed is folded")
    void foldedInFeed() {
        ICalendar.Event longOne = new ICalendar.Event("e2", EVENT.start(), EVENT.end(), "Gärtnerei ".repeat(12), null);
        String ics = ICalendar.calendar("T", List.of(longOne), Instant.EPOCH);
        assertThat(ics).contains("\r\n ");
        assertThat(ics.split("\r\n")).allSatisfy(l ->
                assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).doesNotContain("DESCRIPTION");
    }
}
