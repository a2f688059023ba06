package org.hamyar.common;

import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON types are strict and invalid text is refused, not repaired: a name sent as a number or a boolean, a date sent
 * as a number of days or with a six-digit year, and a string holding NUL, another control character or half of a
 * surrogate pair are all refused as the wrong type of that field (PostgreSQL cannot store NUL, and a lone surrogate
 * would be stored as {@code ?}). Bytes that are not UTF-8 never get here: {@link StrictUtf8Bodies} refuses them.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Four-digit years only: the dates the service deals in, and always inside PostgreSQL's range. */
    private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** Last, so that these deserializers win over the Java time module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        SimpleModule strict = new SimpleModule("hamyar-strict-json");
        strict.addDeserializer(String.class, new TextDeserializer());
        strict.addDeserializer(LocalDate.class, new DateDeserializer());
        mapper.registerModule(strict);
    }

    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctx.handleUnexpectedToken(String.class, p);
            }
            String text = p.getText();
            if (!StrictText.storable(text)) {
                throw new UnstorableText(p);
            }
            return text;
        }
    }

    /** A string holding a character the service does not store: refused as {@code text}, not as a wrong type. */
    public static final class UnstorableText extends JsonMappingException {

        UnstorableText(JsonParser p) {
            super(p, "text holds a character that cannot be stored");
        }
    }

    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctx.handleUnexpectedToken(LocalDate.class, p);
            }
            String text = p.getText();
            if (ISO_DATE.matcher(text).matches()) {
                try {
                    return LocalDate.parse(text);
                } catch (DateTimeException e) {
                    // 2024-02-30 and the like fall through to the refusal
                }
            }
            return (LocalDate) ctx.handleWeirdStringValue(LocalDate.class, "date", "not a date as yyyy-mm-dd");
        }
    }
}
