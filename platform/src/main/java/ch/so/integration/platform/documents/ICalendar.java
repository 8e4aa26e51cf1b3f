package ch.so.integration.platform.documents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An iCalendar (RFC 5545) calendar (the day center's planning feeds, iiz's round-table invitations): a VCALENDAR with
 * the Europe/Zurich VTIMEZONE and one VEVENT per event, with UID, DTSTAMP (UTC), DTSTART/DTEND in local Zurich time
 * (TZID), SUMMARY and, where given, LOCATION and DESCRIPTION. Lines end with CRLF; lines longer than 75 octets are folded (CRLF and a space), never inside a
 * UTF-8 character; text values are escaped (backslash, semicolon, comma, line break).
 */
public final class ICalendar {

    public static final String MEDIA_TYPE = "text/calendar";
    public static final String ZONE = "Europe/Zurich";
    public static final String CRLF = "\r\n";
    public static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** Central European Time with the EU's daylight-saving rules (last Sunday of March and of October). */
    private static final List<String> VTIMEZONE = List.of(
            "BEGIN:VTIMEZONE", "TZID:" + ZONE,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE");

    /** One event, in Zurich local time; {@code location} may be null. */
    public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String description,
                        String location) {

        /** Without a location. */
        public Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String description) {
            this(uid, start, end, summary, description, null);
        }
    }

    private ICalendar() {
    }

    public static String calendar(String name, List<Event> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kanton Solothurn//Integration Suite//DE");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(name));
        line(ics, "X-WR-TIMEZONE:" + ZONE);
        VTIMEZONE.forEach(l -> line(ics, l));
        for (Event e : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + e.uid());
            line(ics, "DTSTAMP:" + UTC.format(stamp));
            line(ics, "DTSTART;TZID=" + ZONE + ":" + LOCAL.format(e.start()));
            line(ics, "DTEND;TZID=" + ZONE + ":" + LOCAL.format(e.end()));
            line(ics, "SUMMARY:" + escape(e.summary()));
            if (e.location() != null && !e.location().isEmpty()) {
                line(ics, "LOCATION:" + escape(e.location()));
            }
            if (e.description() != null && !e.description().isEmpty()) {
                line(ics, "DESCRIPTION:" + escape(e.description()));
            }
            line(ics, "SEQUENCE:0");
            line(ics, "STATUS:CONFIRMED");
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma escaped, line breaks as \n. */
    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * RFC 5545 3.1: a content line of more than 75 octets is split; each continuation starts with one space (which
     * counts towards its 75 octets). Splits fall between characters, never inside a UTF-8 sequence.
     */
    public static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static void line(StringBuilder ics, String content) {
        ics.append(fold(content)).append(CRLF);
    }
}
