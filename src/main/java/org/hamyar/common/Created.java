package org.hamyar.common;

/** What a create made and where it now lives: a resource answers it as {@code 201} with {@code Location}. */
public record Created<T>(String location, T value) {
}
