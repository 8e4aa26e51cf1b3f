package ch.so.integration.iiz.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;

/**
 * IZ-10 for the situation analysis: the questionnaire answers, the institutions' facts, the client's view and every
 * issued report (JSON and PDF), deleted for good at closure. Hashes: HMAC of the answer (topic, date, text), of the
 * fact's and the view's text; SHA-256 of the report's PDF.
 */
@ApplicationScoped
public class SituationEraser implements CaseContentEraser {

    private final Situations situations;
    private final ContentHash hash;

    SituationEraser(Situations situations, ContentHash hash) {
        this.situations = situations;
        this.hash = hash;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> eraseAll(UUID caseId) {
        List<Erased> erased = new ArrayList<>();
        situations.answers(caseId).forEach(a -> erased.add(new Erased("situation-answer", a.id(), hash.ofText(a.fingerprint()))));
        situations.allFacts(caseId).forEach(f -> erased.add(new Erased("situation-fact", f.id(), hash.ofText(f.text()))));
        situations.clientView(caseId).ifPresent(v -> erased.add(new Erased("situation-client-view", caseId,
                hash.ofText(v.talkOn() + "|" + v.text()))));
        situations.allReports(caseId).forEach(r -> erased.add(new Erased("situation-report", r.id(), r.documentSha256())));
        situations.deleteAllOf(caseId);
        return erased;
    }
}
