package org.hamyar.common;

/** Thrown by value objects when a raw value is rejected; {@code code} is the field error code. */
public class InvalidValueException extends RuntimeException {

    private final String code;

    public InvalidValueException(String code) {
        super(code, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
