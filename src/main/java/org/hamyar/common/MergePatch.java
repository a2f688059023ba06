package org.hamyar.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * JSON merge patches (RFC 7386) over a resource's current representation. The merged result is then validated
 * whole, as a new resource would be, so a change cannot leave a record that creation would refuse.
 */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * Refuses, naming each field, a patch that is not an object, sets a field the caller does not own
     * ({@code read-only}) or one the resource does not have ({@code unknown-field}).
     */
    public static ObjectNode check(JsonNode patch, Set<String> editable, Set<String> readOnly) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.invalid("body", patch == null ? "required" : "type");
        }
        List<FieldViolation> errors = new ArrayList<>();
        patch.fieldNames().forEachRemaining(field -> {
            if (readOnly.contains(field)) {
                errors.add(new FieldViolation(field, "read-only"));
            } else if (!editable.contains(field)) {
                errors.add(new FieldViolation(field, "unknown-field"));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return (ObjectNode) patch;
    }

    /** Objects merge member by member, null removes, anything else replaces. */
    public static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }

    /** The merged document as the resource's request type; a value of the wrong type is named by its path. */
    public static <T> T read(ObjectMapper json, JsonNode merged, Class<T> type) {
        try {
            return json.treeToValue(merged, type);
        } catch (JsonMappingException e) {
            throw ApiException.invalid(JsonPaths.of(e.getPath()), "type");
        } catch (JsonProcessingException e) {
            throw ApiException.invalid("body", "json");
        }
    }

    /** The top-level fields a patch changes, sorted: what the audit trail records as changed. */
    public static String fieldNames(ObjectNode patch) {
        List<String> names = new ArrayList<>();
        patch.fieldNames().forEachRemaining(names::add);
        return String.join(",", names.stream().sorted().toList());
    }
}
