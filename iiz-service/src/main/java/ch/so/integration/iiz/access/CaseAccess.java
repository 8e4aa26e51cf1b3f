package ch.so.integration.iiz.access;

import java.util.UUID;

import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * Object-level access to an iiz case (IZ-01, IZ-06): the one check every case-scoped operation makes first, inside its
 * transaction. Implemented by the case package.
 *
 * <ul>
 * <li>A caller who may not know the case (a partner institution outside its team, a case manager without granted
 * access, an unknown id) gets a 404 {@code ProblemException}: existence is not revealed.</li>
 * <li>A team member whose institution the power of attorney does not cover (none recorded, revoked, expired) gets a
 * 403 {@code ProblemException} citing IZ-01: no case data is shared without it.</li>
 * <li>{@link Operation#COORDINATE} is for the coordinator leading the case (and the iiz specialists / admin).</li>
 * <li>A closed case answers 404 for anything but READ by the coordinator (its data is deleted, IZ-10).</li>
 * </ul>
 * WRITE and COORDINATE lock the case row FOR SHARE until the transaction ends; the closure locks it FOR UPDATE, so a
 * change either commits before the closure (and its content is erased with the rest) or finds the case closed.
 * {@link #requireExclusive} locks it FOR UPDATE instead: for the writes whose first row or next number would
 * otherwise race with a concurrent one (report version, first schedule, first client view, plan reviews).
 */
public interface CaseAccess {

    enum Operation { READ, WRITE, COORDINATE }

    /** @return who the caller is in this case; throws the problems above */
    CaseScope require(UUID caseId, Operation operation);

    /**
     * As {@link #require}, but the case row is locked FOR UPDATE until the transaction ends: concurrent writes to the
     * same case wait for each other instead of failing on a unique key or an optimistic lock.
     */
    CaseScope requireExclusive(UUID caseId, Operation operation);

    /**
     * @param institution the caller's institution (partner token claim), or null for suite roles (coordinator,
     *                    specialist, admin, case manager)
     * @param member      how the caller takes part: COORDINATOR, SPECIALIST (cantonal iiz specialist), INSTITUTION
     *                    (a partner institution of the team), CASE_MANAGER (social office, access granted), ADMIN
     */
    record CaseScope(UUID caseId, UUID personId, String status, String member, String institution,
                     String decision) {

        public static final String ACTIVE = "ACTIVE";
        public static final String ROUND_TABLE = "ROUND_TABLE";

        /**
         * IZ-03: case work starts once the coordinator assembled the case team (the case is ACTIVE); a registration
         * that is not yet forwarded or has no team is refused with 409 citing IZ-03.
         */
        public CaseScope requireActive() {
            if (!ACTIVE.equals(status)) {
                throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "IZ-03: case work starts once the "
                                + "coordinator has assembled the case team; this case is " + status + ".")
                        .withRule("IZ-03").with("status", status));
            }
            return this;
        }

        /**
         * IZ-05: round table, integration plan and monitoring follow the case team's decision for a round table;
         * before it, or after a recommendation with case closure, they are refused with 409 citing IZ-05.
         */
        public CaseScope requireRoundTableDecision() {
            requireActive();
            if (!ROUND_TABLE.equals(decision)) {
                throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, decision == null
                                ? "IZ-05: round table, integration plan and monitoring follow the case team's decision "
                                + "for a round table; the team has not decided yet."
                                : "IZ-05: the case team decided " + decision + "; there is no round table, integration "
                                + "plan or monitoring for this case.")
                        .withRule("IZ-05").with("decision", decision == null ? "NONE" : decision));
            }
            return this;
        }

        /**
         * IZ-05: the situation analysis prepares the decision; after a recommendation with case closure it is
         * finished (409 citing IZ-05). After a round-table decision it may be brought up to date.
         */
        public CaseScope requireAnalysisOpen() {
            requireActive();
            if (decision != null && !ROUND_TABLE.equals(decision)) {
                throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "IZ-05: the case team decided "
                                + decision + " on the basis of the situation analysis; the case goes to its closure.")
                        .withRule("IZ-05").with("decision", decision));
            }
            return this;
        }
    }
}
