package ch.so.integration.iiz.casespace;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;

/**
 * IZ-10 for the shared case space: every document (row and stored bytes, hash of the bytes), every comment (HMAC of
 * its text) and the activity feed (HMAC of each line) of the case, deleted for good in the closing transaction.
 */
@ApplicationScoped
public class CaseSpaceEraser implements CaseContentEraser {

    private final CaseSpace space;
    private final CaseActivities activities;
    private final ContentHash hash;

    CaseSpaceEraser(CaseSpace space, CaseActivities activities, ContentHash hash) {
        this.space = space;
        this.activities = activities;
        this.hash = hash;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> eraseAll(UUID caseId) {
        List<Erased> erased = new ArrayList<>();
        space.allDocuments(caseId).forEach(d -> erased.add(new Erased("document", d.id(), d.sha256())));
        space.allComments(caseId).forEach(c -> erased.add(new Erased("comment", c.id(), hash.ofText(c.text()))));
        activities.allOf(caseId).forEach(a -> erased.add(new Erased("activity", a.id(), hash.ofText(a.fingerprint()))));
        space.deleteAllOf(caseId);
        activities.deleteAllOf(caseId);
        return erased;
    }
}
