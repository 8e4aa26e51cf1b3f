package ch.so.integration.iiz.roundtable;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseContentEraser;
import ch.so.integration.iiz.access.ContentHash;

/** IZ-10 for round tables: every meeting with its invitees and minutes, deleted for good. */
@ApplicationScoped
public class RoundTableEraser implements CaseContentEraser {

    private final RoundTables tables;
    private final ContentHash hash;

    RoundTableEraser(RoundTables tables, ContentHash hash) {
        this.tables = tables;
        this.hash = hash;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Erased> eraseAll(UUID caseId) {
        List<RoundTable> all = tables.all(caseId);
        List<Erased> erased = all.stream()
                .map(t -> new Erased("round-table", t.id(), hash.ofText(t.fingerprint()))).toList();
        tables.deleteAll(all);
        return erased;
    }
}
