package ch.so.integration.iiz.iizcase;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.SocialOfficeNotifier;
import ch.so.integration.platform.security.Actors;

/** Writes the notification records for the case's social office (IZ-04, IZ-10), in the caller's transaction. */
@ApplicationScoped
public class SocialOfficeNotifications implements SocialOfficeNotifier {

    private final IizCases cases;
    private final Actors actors;
    private final Clock clock;

    SocialOfficeNotifications(IizCases cases, Actors actors, Clock clock) {
        this.cases = cases;
        this.actors = actors;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void notifySocialOffice(CaseAccess.CaseScope scope, String kind, UUID itemId) {
        IizCase iizCase = cases.byId(scope.caseId()).orElseThrow(() -> IizCaseAccess.notFound(scope.caseId()));
        cases.add(new CaseNotification(iizCase.id(), iizCase.socialOffice(), kind, itemId, OffsetDateTime.now(clock),
                actors.current().name()));
    }
}
