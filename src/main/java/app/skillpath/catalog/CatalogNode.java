package app.skillpath.catalog;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A value read from a catalog YAML file, with where it came from (file, role and field path),
 * so that every validation error can say exactly what to fix.
 */
final class CatalogNode {
    private final String file;
    private final String role;
    private final String path;
    private final Object value;

    CatalogNode(String file, String role, String path, Object value) {
        this.file = file;
        this.role = role;
        this.path = path;
        this.value = value;
    }

    static CatalogNode root(String file, Object value) {
        return new CatalogNode(file, null, "", value);
    }

    CatalogNode inRole(String roleKey) {
        return new CatalogNode(file, roleKey, path, value);
    }

    String file() {
        return file;
    }

    boolean isPresent() {
        return value != null;
    }

    CatalogException error(String problem) {
        StringBuilder message = new StringBuilder("Invalid catalog file '").append(file).append('\'');
        if (role != null) {
            message.append(", role '").append(role).append('\'');
        }
        if (!path.isEmpty()) {
            message.append(", field '").append(path).append('\'');
        }
        return new CatalogException(message.append(": ").append(problem).toString());
    }

    CatalogNode field(String name) {
        return new CatalogNode(file, role, path.isEmpty() ? name : path + "." + name, map().get(name));
    }

    /** Rejects fields this node does not know, so that a misspelt field is not silently ignored. */
    CatalogNode allowOnly(Set<String> names) {
        for (Object name : map().keySet()) {
            if (!names.contains(String.valueOf(name))) {
                throw error("unknown field '" + name + "' (allowed: " + String.join(", ", names.stream().sorted().toList()) + ")");
            }
        }
        return this;
    }

    @SuppressWarnings("unchecked")
    Map<Object, Object> map() {
        if (value == null) {
            throw error("is missing");
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error("must be a mapping of fields");
        }
        return (Map<Object, Object>) map;
    }

    String text(String name) {
        return field(name).text();
    }

    String text() {
        if (value == null) {
            throw error("is missing");
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw error("must be text");
        }
        String text = String.valueOf(value).strip();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    Optional<String> optionalText(String name) {
        CatalogNode node = field(name);
        return node.isPresent() ? Optional.of(node.text()) : Optional.empty();
    }

    String key(String name) {
        String key = text(name);
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw field(name).error("'" + key + "' is not a valid key (lower-case letters and digits, words joined by '-')");
        }
        return key;
    }

    int integer(String name, int min, int max) {
        CatalogNode node = field(name);
        if (node.value == null) {
            throw node.error("is missing");
        }
        if (!(node.value instanceof Integer number)) {
            throw node.error("must be a whole number from " + min + " to " + max + ", was '" + node.value + "'");
        }
        if (number < min || number > max) {
            throw node.error("must be from " + min + " to " + max + ", was " + number);
        }
        return number;
    }

    Optional<Integer> optionalInteger(String name, int min, int max) {
        return field(name).isPresent() ? Optional.of(integer(name, min, max)) : Optional.empty();
    }

    boolean bool(String name) {
        CatalogNode node = field(name);
        if (!(node.value instanceof Boolean flag)) {
            throw node.error(node.value == null ? "is missing" : "must be true or false, was '" + node.value + "'");
        }
        return flag;
    }

    LocalDate date(String name) {
        CatalogNode node = field(name);
        if (node.value instanceof Date date) {
            // SnakeYAML reads an unquoted 2023-12-06 as a java.util.Date at midnight UTC
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        try {
            return LocalDate.parse(node.text());
        } catch (DateTimeParseException e) {
            throw node.error("must be a date like 2023-12-06, was '" + node.value + "'");
        }
    }

    List<CatalogNode> list(String name) {
        CatalogNode node = field(name);
        if (node.value == null) {
            throw node.error("is missing");
        }
        if (!(node.value instanceof List<?> items)) {
            throw node.error("must be a list");
        }
        List<CatalogNode> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new CatalogNode(file, role, node.path + "[" + (i + 1) + "]", items.get(i)));
        }
        return nodes;
    }

    List<CatalogNode> optionalList(String name) {
        return field(name).isPresent() ? list(name) : List.of();
    }

    List<CatalogNode> nonEmptyList(String name) {
        List<CatalogNode> items = list(name);
        if (items.isEmpty()) {
            throw field(name).error("must list at least one entry");
        }
        return items;
    }
}
