package ch.so.integration.iiz.plan;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;

/** IZ-10 for integration plans: every version with its measures, reviews and signatures, deleted for good. */
@ApplicationScoped
public class IntegrationPlanEraser implements CaseContentEraser {

    private final IntegrationPlans plans;
    private final ContentHash hash;

    IntegrationPlanEraser(IntegrationPlans plans, ContentHash hash) {
        this.plans = plans;
        this.hash = hash;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> eraseAll(UUID caseId) {
        List<IntegrationPlan> all = plans.all(caseId);
        List<Erased> erased = all.stream()
                .map(p -> new Erased("integration-plan", p.id(), hash.ofText(p.fingerprint()))).toList();
        plans.deleteAll(all);
        return erased;
    }
}
