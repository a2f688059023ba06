package org.hamyar.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import org.hamyar.common.ApiException;
import org.hamyar.common.FormText;

/**
 * A form as a page shows it: the values as the visitor typed them (re-shown after an error, never "corrected"
 * behind their back) and an error per field, in the order of the page, for the summary and beside each field.
 */
public final class Form {

    /**
     * One error: the id of the field it belongs to (the summary links to it), the field's label (the summary names
     * it) and what is wrong.
     */
    public record FieldError(String fieldId, String label, String message, String href) {
    }

    private final Map<String, String> values;
    private final Map<String, FieldError> errors = new LinkedHashMap<>();

    private Form(Map<String, String> values) {
        this.values = values;
    }

    public static Form empty() {
        return new Form(new LinkedHashMap<>());
    }

    public static Form of(Map<String, String> values) {
        return new Form(new LinkedHashMap<>(values));
    }

    /**
     * The first value of each field of a posted form (the form token is not a value). A field that is not clean text
     * is refused whole: browsers never send NUL, and the decoder turns bytes that are not UTF-8 into U+FFFD.
     */
    public static Form posted(MultivaluedMap<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        if (form != null) {
            form.forEach((name, list) -> {
                if (list != null && list.stream().anyMatch(v -> !FormText.clean(name) || !FormText.clean(v))) {
                    throw ApiException.invalid(FormText.clean(name) ? name : "body", "text");
                }
                if (!name.equals(WebContext.FORM_FIELD) && list != null && !list.isEmpty()) {
                    values.put(name, list.get(0));
                }
            });
        }
        return new Form(values);
    }

    public String value(String name) {
        String v = values.get(name);
        return v == null ? "" : v;
    }

    public boolean checked(String name) {
        return "on".equals(values.get(name)) || "true".equals(values.get(name));
    }

    public boolean selected(String name, Object option) {
        return option != null && String.valueOf(option).equals(values.get(name));
    }

    public Map<String, String> values() {
        return values;
    }

    /** The first error recorded for a field wins: it is the one the visitor must fix first. */
    public Form error(String fieldId, String label, String message) {
        return error(fieldId, label, message, "#" + fieldId);
    }

    /** An error about a field of another page (the summary of "check your answers" links to it there). */
    public Form error(String fieldId, String label, String message, String href) {
        errors.putIfAbsent(fieldId, new FieldError(fieldId, label, message, href));
        return this;
    }

    /** The message beside the field, or null. */
    public String error(String fieldId) {
        FieldError e = errors.get(fieldId);
        return e == null ? null : e.message();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return new ArrayList<>(errors.values());
    }
}
