package ch.so.integration.iiz.casespace;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import ch.so.integration.iiz.access.CaseAccess;

/**
 * Who added something to a case (IZ-06): the account, how it takes part in the case (COORDINATOR, SPECIALIST,
 * INSTITUTION, CASE_MANAGER, ADMIN) and, for a partner, its institution (null for suite roles).
 */
@Embeddable
public record Contributor(
        @Column(name = "added_by", nullable = false, length = 100) String user,
        @Column(name = "member", nullable = false, length = 20) String member,
        @Column(name = "institution", length = 60) String institution) {

    public static final int MAX_USER_LENGTH = 100;

    public Contributor {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("user is required");
        }
        if (member == null || member.isBlank()) {
            throw new IllegalArgumentException("member is required");
        }
        user = user.length() > MAX_USER_LENGTH ? user.substring(0, MAX_USER_LENGTH) : user;
    }

    /** Where a contribution comes from, as printed in reports: the partner institution, or the suite role. */
    public String source() {
        if (institution != null) {
            return institution;
        }
        return switch (member) {
            case "CASE_MANAGER" -> "Sozialhilfeorgan";
            case "COORDINATOR" -> "iiz-Koordination";
            case "SPECIALIST" -> "iiz-Spezialisten Sozialhilfe";
            default -> "iiz-Netzwerk";
        };
    }

    public static Contributor of(CaseAccess.CaseScope scope, String actorName) {
        return new Contributor(actorName, scope.member(), scope.institution());
    }
}
