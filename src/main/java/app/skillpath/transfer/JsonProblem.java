package app.skillpath.transfer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Says in plain words where a JSON file went wrong and what was expected there
 * ("ratings[2].level: a whole number 0-4 is required"). Jackson's own messages name Java types and
 * library settings, which mean nothing to a user, so they are never shown.
 */
final class JsonProblem {

    /** What a field needs, where its name says more than its Java type. */
    private static final Map<String, String> EXPECTED_BY_FIELD = Map.ofEntries(
            Map.entry("level", "a whole number 0-4"),
            Map.entry("fromLevel", "a whole number 0-4"),
            Map.entry("toLevel", "a whole number 0-4"),
            Map.entry("ownLevel", "a whole number 0-4"),
            Map.entry("reviewerLevel", "a whole number 0-4"),
            Map.entry("agreedLevel", "a whole number 0-4"),
            Map.entry("own", "a whole number 0-100"),
            Map.entry("reviewer", "a whole number 0-100"),
            Map.entry("lower", "a whole number 0-100"),
            Map.entry("hoursPerWeek", "a whole number 1-40"),
            Map.entry("effortHours", "a whole number of hours, 1-10000"),
            Map.entry("changedAt", "a time like 2026-01-31T12:00:00Z"),
            Map.entry("version", "a whole number"),
            Map.entry("weight", "a whole number 1-5"),
            Map.entry("hoursPerLevel", "a whole number of hours, 1-500"),
            Map.entry("target", "a whole number (the index of a target in the file)"));

    private JsonProblem() {
    }

    static String describe(JacksonException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return path + " is not part of a Skillpath data file.";
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (path.isEmpty()) {
                return "it must be one JSON object with the sections of a Skillpath data file.";
            }
            return path + ": " + expected(e, mismatch.getTargetType()) + " is required.";
        }
        // valid JSON with a number too large for its field (10000000000 as a level): the entry says more than a position
        if (e instanceof InputCoercionException coercion && !path.isEmpty()) {
            return path + ": " + expected(e, coercion.getTargetType()) + " is required.";
        }
        // a number of thousands of digits, or arrays nested hundreds deep: the parser's limits, which no real file nears
        if (e instanceof StreamConstraintsException) {
            return (path.isEmpty() ? "it holds a value" : path + ": a value there is")
                    + " longer, or nested deeper, than any Skillpath data file has.";
        }
        if (e instanceof StreamReadException) {
            return "it is not valid JSON" + where(e.getLocation()) + ".";
        }
        return path.isEmpty() ? "its content does not have the form of a Skillpath data file."
                : path + ": this value does not have the form a Skillpath data file needs.";
    }

    /** The entry as a user would find it in the file: {@code plans[0].steps[3].title}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastField(JacksonException e) {
        var references = e.getPath();
        return references.isEmpty() ? null : references.getLast().getPropertyName();
    }

    private static String expected(JacksonException e, Class<?> type) {
        String field = lastField(e);
        return field != null && EXPECTED_BY_FIELD.containsKey(field) ? EXPECTED_BY_FIELD.get(field) : expected(type);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the right kind";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date like 2026-01-31";
        }
        if (type == Instant.class) {
            return "a time like 2026-01-31T12:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object with its fields";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
