package ch.so.integration.billing.participation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The participation package's answer to the record package: whose participation it is, and its module limits. */
public interface ParticipationDirectory {

    Optional<Summary> find(UUID participationId);

    /**
     * @param kind      AMI_PROGRAMME, DAY_CENTER or PASST_GENAU
     * @param creditorId the creditor that bills it (null while no creditor is registered for its provider)
     * @param exitDate  null while it runs
     * @param modules   the booked pass(t)genau modules with their limits (empty for other kinds)
     */
    record Summary(UUID id, String kind, UUID creditorId, LocalDate entryDate, LocalDate exitDate,
                   List<ModuleLimit> modules) {
        public Summary {
            modules = List.copyOf(modules);
        }
    }

    /**
     * PG-02: a booked module, its planned window and its hour limit; {@code hourLimit} is the whole module's limit
     * (null when the module has none, e.g. job coaching), {@code monthlyHourLimit} the per-month limit (job securing:
     * 30), null when none.
     */
    record ModuleLimit(String module, LocalDate plannedStart, LocalDate plannedEnd, Integer hourLimit,
                       Integer monthlyHourLimit) {
    }
}
