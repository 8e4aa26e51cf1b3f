package ch.so.integration.intake.programme;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.programme.api.CreateProviderRequest;
import ch.so.integration.intake.programme.api.ProviderView;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.web.ProblemException;

/** Registers and lists programme providers. Providers are organisations: no personal data, so no audit records. */
@ApplicationScoped
public class ProviderService {

    static final String RESOURCE = "provider";

    private final Providers providers;
    private final Idempotency idempotency;
    private final Clock clock;

    ProviderService(Providers providers, Idempotency idempotency, Clock clock) {
        this.providers = providers;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<ProviderView> register(CreateProviderRequest request, String idempotencyKey) {
        return idempotency.once("intake.create-provider", idempotencyKey, request, ProviderView.class, () -> {
            Provider provider = Provider.register(request.name(), request.street(), request.postalCode(),
                    request.town(), request.canton(), clock);
            providers.add(provider);
            return new Idempotency.Result<>(provider.id().toString(), ProviderView.of(provider), false);
        }, replay -> { });
    }

    @Transactional
    public ProviderView get(UUID id) {
        return providers.byId(id).map(ProviderView::of).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    @Transactional
    public Page<ProviderView> all(PageQuery page) {
        return providers.all(page).map(ProviderView::of);
    }
}
