package ch.so.integration.platform.config;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Business dates are {@code LocalDate} in Europe/Zurich; inject this clock rather than calling now(). */
public class Clocks {

    public static final ZoneId ZURICH = ZoneId.of("Europe/Zurich");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.system(ZURICH);
    }
}
