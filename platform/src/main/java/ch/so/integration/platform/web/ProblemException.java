package ch.so.integration.platform.web;

import java.util.List;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;

/**
 * Refuses a request with an RFC 9457 problem. Thrown from services and aggregates; the transaction rolls back,
 * so nothing is half-written. Messages must be fit for the caller: no personal data of third parties.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(ProblemType.NOT_FOUND, "No " + what + " with id " + id + "."));
    }

    public static ProblemException validation(List<FieldError> errors) {
        return new ProblemException(Problem.of(ProblemType.VALIDATION,
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.").withErrors(errors));
    }

    public static ProblemException invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    /** A business rule refuses the request; {@code ruleId} is its ID in REQUIREMENTS.md (e.g. DC-09). */
    public static ProblemException rule(String ruleId, String detail) {
        return new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, detail).withRule(ruleId));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(ProblemType.FORBIDDEN, detail));
    }
}
