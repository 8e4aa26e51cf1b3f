package ch.so.integration.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import ch.so.integration.platform.problem.FieldError;

/**
 * Converts query and path parameters of the types the suite uses (UUID, LocalDate, YearMonth, enums) so that a value
 * that does not convert is a 400 naming the parameter. Without it JAX-RS answers 404 for a query or path parameter
 * that fails to convert (Jakarta REST 3.2), which tells an integrator nothing.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

    /** A parameter value that does not convert; answered as a validation problem naming the parameter. */
    public static class InvalidParameterException extends BadRequestException {
        private final transient FieldError error;

        InvalidParameterException(String parameter, String message) {
            super(message);
            this.error = new FieldError(parameter, message);
        }

        public FieldError error() {
            return error;
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == UUID.class) {
            return (ParamConverter<T>) converter(name, UUID::fromString, "must be a UUID");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) converter(name, LocalDate::parse, "must be a date YYYY-MM-DD");
        }
        if (rawType == YearMonth.class) {
            return (ParamConverter<T>) converter(name, YearMonth::parse, "must be a month YYYY-MM");
        }
        if (rawType.isEnum()) {
            Class<? extends Enum> type = (Class<? extends Enum>) rawType;
            String values = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            return (ParamConverter<T>) converter(name, text -> Enum.valueOf(type, text), "must be one of " + values);
        }
        return null;
    }

    private static <V> ParamConverter<V> converter(String name, Function<String, V> parse, String message) {
        return new ParamConverter<>() {
            @Override
            public V fromString(String value) {
                if (value == null || value.isEmpty()) {
                    return null;
                }
                try {
                    return parse.apply(value.strip());
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameterException(name, message);
                }
            }

            @Override
            public String toString(V value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String parameterName(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }
}
