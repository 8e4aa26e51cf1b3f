package ch.so.integration.intake.programme.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.intake.programme.Provider;

public record ProviderView(UUID id, String name, String street, String postalCode, String town, String canton,
                           OffsetDateTime createdAt) {

    public static ProviderView of(Provider provider) {
        return new ProviderView(provider.id(), provider.name(), provider.street(), provider.postalCode(),
                provider.town(), provider.canton(), provider.createdAt());
    }
}
