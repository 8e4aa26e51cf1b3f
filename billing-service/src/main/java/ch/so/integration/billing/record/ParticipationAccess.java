package ch.so.integration.billing.record;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.creditor.CreditorAccounts;
import ch.so.integration.billing.participation.ParticipationDirectory;
import ch.so.integration.platform.auth.Roles;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * Who may see and write a participation's records: the back office (billing, admin) every participation; a partner
 * only the participations its institution bills, i.e. whose creditor names the token's institution. A partner token
 * without an institution is refused (403); another institution's participation is "not found" (404), so that a
 * partner learns nothing about participations that are not its own.
 */
@ApplicationScoped
public class ParticipationAccess {

    static final String RESOURCE = "participation";

    private final ParticipationDirectory directory;
    private final CreditorAccounts creditors;
    private final Actors actors;

    ParticipationAccess(ParticipationDirectory directory, CreditorAccounts creditors, Actors actors) {
        this.directory = directory;
        this.creditors = creditors;
        this.actors = actors;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ParticipationDirectory.Summary require(UUID participationId) {
        Actor actor = actors.current();
        boolean backOffice = actor.system() || actor.hasRole(Roles.BILLING) || actor.hasRole(Roles.ADMIN);
        String institution = null;
        if (!backOffice) {
            institution = actor.institution().filter(i -> !i.isBlank()).orElseThrow(() -> ProblemException.forbidden(
                    "A partner token must name its institution to act for a provider."));
        }
        ParticipationDirectory.Summary summary = directory.find(participationId)
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, participationId));
        if (!backOffice) {
            String own = institution;
            boolean ours = summary.creditorId() != null && creditors.byId(summary.creditorId())
                    .map(c -> own.equals(c.institutionId())).orElse(false);
            if (!ours) {
                throw ProblemException.notFound(RESOURCE, participationId);
            }
        }
        return summary;
    }
}
