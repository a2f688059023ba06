package org.hamyar.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Our own DTOs to and from JSON, which cannot fail; a failure is a programming error. */
public final class Json {

    private Json() {
    }

    /** Reads JSON the service stored itself; unreadable means the database holds what we never wrote. */
    public static <T> T read(ObjectMapper mapper, String text, TypeReference<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable as " + type.getType(), e);
        }
    }

    /** Reads JSON the service stored itself, as {@code type}. */
    public static <T> T read(ObjectMapper mapper, String text, Class<T> type) {
        try {
            return mapper.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is unreadable as " + type.getSimpleName(), e);
        }
    }

    public static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
