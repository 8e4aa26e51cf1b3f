package ch.so.integration.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import ch.so.integration.platform.persistence.Failures;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;

/**
 * Turns every failure into an RFC 9457 problem. Validation problems list each offending field by its JSON path.
 * Unexpected errors answer a generic 500 with the correlation id and are logged with their type chain and stack
 * frames, never their messages (database messages can quote personal data) and never to the caller.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uriInfo) {
        return ProblemResponses.of(e.problem(), uriInfo);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uriInfo) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        return ProblemResponses.of(ProblemException.validation(errors).problem(), uriInfo);
    }

    /*
     * Jackson's failures to bind the body. Quarkus ships its own mappers for the specific Jackson types (answering
     * with internal names like "objectName": "Class"); the closest type wins, so ours are declared for each.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uriInfo) {
        return unreadableBody(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uriInfo) {
        return unreadableBody(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response unrecognizedProperty(UnrecognizedPropertyException e, UriInfo uriInfo) {
        return unreadableBody(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response valueInstantiation(ValueInstantiationException e, UriInfo uriInfo) {
        return unreadableBody(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uriInfo) {
        return unreadableBody(e, uriInfo);
    }

    @ServerExceptionMapper
    public Response jsonParse(JsonParseException e, UriInfo uriInfo) {
        return unreadableBody(e, uriInfo);
    }

    /** Syntax, wrong type, unknown field, value refused by a constructor: each named by its JSON path. */
    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e, UriInfo uriInfo) {
        if (e instanceof JsonParseException parse) {
            String where = parse.getLocation() == null ? ""
                    : " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
            return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST, "The body is not valid JSON" + where + "."),
                    uriInfo);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a field of this request";
            } else if (e instanceof ValueInstantiationException instantiation
                    && instantiation.getCause() instanceof InvalidValueException refused) {
                message = refused.getMessage();
            } else if (e instanceof InvalidFormatException format) {
                message = "must be " + describe(format.getTargetType());
            } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
                message = "must be " + describe(mismatched.getTargetType());
            } else {
                message = "has an unreadable value";
            }
            if (field.isEmpty()) {
                return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST,
                        "The body does not have the expected shape: it " + message + "."), uriInfo);
            }
            return ProblemResponses.of(ProblemException.invalidField(field, message).problem(), uriInfo);
        }
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_REQUEST, "The body cannot be read."), uriInfo);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uriInfo) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uriInfo);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableBody(json, uriInfo);
        }
        ParameterConverters.InvalidParameterException parameter =
                Failures.find(e, ParameterConverters.InvalidParameterException.class);
        if (parameter != null) {
            return ProblemResponses.of(ProblemException.validation(java.util.List.of(parameter.error())).problem(),
                    uriInfo);
        }
        String detail = switch (e) {
            case NotFoundException ignored -> "Nothing is found at this address.";
            case NotAllowedException ignored -> "This address does not accept the method.";
            default -> Response.Status.fromStatusCode(status) == null ? "The request cannot be served."
                    : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        };
        ProblemType type = status == 400 ? ProblemType.MALFORMED_REQUEST : ProblemType.forStatus(status);
        Response response = ProblemResponses.of(Problem.of(type, detail), uriInfo);
        if (e instanceof NotAllowedException && e.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response).header("Allow", e.getResponse().getHeaderString("Allow")).build();
        }
        return response;
    }

    /** A unique or foreign-key constraint hit by a concurrent writer: the caller may retry. */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uriInfo) {
        LOG.warnf("Constraint %s refused a write", e.getConstraintName());
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                "The change conflicts with data stored meanwhile. Reload and retry."), uriInfo);
    }

    @ServerExceptionMapper
    public Response optimisticLock(jakarta.persistence.OptimisticLockException e, UriInfo uriInfo) {
        return ProblemResponses.of(Problem.of(ProblemType.CONFLICT,
                "Someone changed this record meanwhile. Reload and retry."), uriInfo);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uriInfo) {
        Throwable cause = Failures.find(e, ProblemException.class);
        if (cause instanceof ProblemException problem) {
            return problem(problem, uriInfo);
        }
        // version and unique-key conflicts usually surface at commit, wrapped in the transaction's RollbackException
        if (Failures.find(e, jakarta.persistence.OptimisticLockException.class) != null
                || Failures.find(e, org.hibernate.StaleStateException.class) != null) {
            return optimisticLock(null, uriInfo);
        }
        org.hibernate.exception.ConstraintViolationException constraint =
                Failures.find(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint != null) {
            return constraint(constraint, uriInfo);
        }
        if (Failures.isTransient(e)) {
            LOG.warnf("Service temporarily unavailable: %s", Failures.describe(e));
            return ProblemResponses.of(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                    "A resource this service needs is not reachable right now. Retry in a moment."), uriInfo);
        }
        LOG.errorf("Unexpected failure: %s%n%s", Failures.describe(e), frames(e));
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL,
                "Something went wrong on our side. Quote the correlation id when you report it."), uriInfo);
    }

    /** {@code register.request.address.postalCode} becomes {@code address.postalCode}; list items get [i]. */
    static String fieldOf(Path path) {
        List<String> parts = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.RETURN_VALUE) {
                return "response";
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable() && !parts.isEmpty()) {
                Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (index != null) {
                    parts.set(parts.size() - 1, parts.getLast() + "[" + index + "]");
                }
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                parts.add(node.getName());
            }
        }
        if (parts.isEmpty()) {
            return parameter != null ? parameter : "body";
        }
        return String.join(".", parts);
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class);

    static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == java.time.LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == java.time.OffsetDateTime.class || type == java.time.Instant.class) {
            return "a timestamp (ISO 8601, with offset)";
        }
        if (type == java.time.YearMonth.class) {
            return "a month (YYYY-MM)";
        }
        if (type == java.util.UUID.class) {
            return "a UUID";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class || type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                names.add(((Enum<?>) constant).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }

    /** Stack frames of the failure and of its root cause, without any exception message. */
    static String frames(Throwable e) {
        StringBuilder text = new StringBuilder();
        appendFrames(text, e, 25);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != e) {
            text.append("root cause ").append(root.getClass().getName()).append(System.lineSeparator());
            appendFrames(text, root, 15);
        }
        return text.toString();
    }

    private static void appendFrames(StringBuilder text, Throwable t, int max) {
        StackTraceElement[] frames = t.getStackTrace();
        for (int i = 0; i < Math.min(max, frames.length); i++) {
            text.append("\tat ").append(frames[i]).append(System.lineSeparator());
        }
    }
}
