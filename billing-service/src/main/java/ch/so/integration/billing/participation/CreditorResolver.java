package ch.so.integration.billing.participation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import ch.so.integration.billing.creditor.CreditorAccount;
import ch.so.integration.billing.creditor.CreditorAccounts;
import ch.so.integration.billing.creditor.CreditorKind;

/**
 * Which creditor bills a participation, resolved at billing time from the creditor registry (a participation
 * created before its creditor was registered bills once it is): an AMI programme by the creditor registered for its
 * intake provider id; a day-center place by the day center's creditor; pass(t)genau by the creditor of the
 * cooperating provider. One resolver per unit of work caches the lookups by key.
 */
@ApplicationScoped
public class CreditorResolver {

    private final CreditorAccounts creditors;

    CreditorResolver(CreditorAccounts creditors) {
        this.creditors = creditors;
    }

    /** A lookup with its own cache, for one unit of work. */
    public Lookup lookup() {
        return new Lookup();
    }

    public final class Lookup {
        private final Map<Object, Optional<CreditorAccount>> cache = new HashMap<>();

        public Optional<CreditorAccount> of(Participation p) {
            return switch (p.kind()) {
                case AMI_PROGRAMME -> p.providerId() == null ? Optional.empty()
                        : cache.computeIfAbsent(p.providerId(), k -> creditors.byIntakeProvider(p.providerId()));
                case DAY_CENTER -> cache.computeIfAbsent(CreditorKind.DAY_CENTER, k -> creditors.dayCenter());
                case PASST_GENAU -> p.passtGenauProvider() == null ? Optional.empty()
                        : cache.computeIfAbsent("PG:" + p.passtGenauProvider(),
                                k -> creditors.byPasstGenauProvider(p.passtGenauProvider()));
            };
        }

        public Optional<UUID> idOf(Participation p) {
            return of(p).map(CreditorAccount::id);
        }
    }

    public Optional<CreditorAccount> byId(UUID creditorId) {
        return creditors.byId(creditorId);
    }

    public List<CreditorAccount> byInstitution(String institution) {
        return creditors.byInstitution(institution);
    }

    /** The participation kind a creditor kind bills. */
    static ParticipationKind kindBilledBy(CreditorKind kind) {
        return switch (kind) {
            case AMI_PROVIDER -> ParticipationKind.AMI_PROGRAMME;
            case DAY_CENTER -> ParticipationKind.DAY_CENTER;
            case PASST_GENAU_PROVIDER -> ParticipationKind.PASST_GENAU;
        };
    }

    /**
     * The database keys of the participations a set of creditors bill: the intake provider ids and pass(t)genau
     * providers that map to one of them (the known keys are few: one per provider).
     */
    Participations.Scope scopeOf(Set<UUID> creditorIds, Participations participations) {
        boolean dayCenter = creditors.dayCenter().map(c -> creditorIds.contains(c.id())).orElse(false);
        List<UUID> providers = participations.amiProviderIds().stream()
                .filter(provider -> creditors.byIntakeProvider(provider).map(c -> creditorIds.contains(c.id()))
                        .orElse(false))
                .toList();
        List<String> passtGenau = participations.passtGenauProviders().stream()
                .filter(provider -> creditors.byPasstGenauProvider(provider).map(c -> creditorIds.contains(c.id()))
                        .orElse(false))
                .toList();
        return new Participations.Scope(dayCenter, providers, passtGenau);
    }
}
