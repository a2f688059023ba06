package org.hamyar.common;

import java.util.UUID;

/** Ids in paths: one that is not a UUID names nothing, so it is a 404 like an unknown one. */
public final class Ids {

    private Ids() {
    }

    public static UUID parseOrNull(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public static UUID uuidOrNotFound(String raw) {
        UUID id = parseOrNull(raw);
        if (id == null) {
            throw ApiException.notFound();
        }
        return id;
    }
}
