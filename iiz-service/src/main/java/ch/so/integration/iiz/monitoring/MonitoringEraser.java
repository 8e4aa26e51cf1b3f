package ch.so.integration.iiz.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;

/** IZ-10 for monitoring: the review schedule, every review and every logged client contact, deleted for good. */
@ApplicationScoped
public class MonitoringEraser implements CaseContentEraser {

    private final Monitorings monitorings;
    private final ContentHash hash;

    MonitoringEraser(Monitorings monitorings, ContentHash hash) {
        this.monitorings = monitorings;
        this.hash = hash;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> eraseAll(UUID caseId) {
        List<Erased> erased = new ArrayList<>();
        monitorings.schedule(caseId).ifPresent(m -> erased.add(new Erased("monitoring-schedule", caseId,
                hash.ofText(m.intervalWeeks() + "|" + m.nextReviewOn()))));
        monitorings.allReviews(caseId).forEach(r -> erased.add(new Erased("monitoring-review", r.id(),
                hash.ofText(r.fingerprint()))));
        monitorings.allContacts(caseId).forEach(c -> erased.add(new Erased("client-contact", c.id(),
                hash.ofText(c.fingerprint()))));
        monitorings.deleteAllOf(caseId);
        return erased;
    }
}
