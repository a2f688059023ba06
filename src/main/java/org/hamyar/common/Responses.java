package org.hamyar.common;

import java.net.URI;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Domain values as HTTP answers, the same for every resource. */
public final class Responses {

    private Responses() {
    }

    /** {@code 201 Created} with {@code Location} and the created thing as JSON. */
    public static Response created(Created<?> created) {
        return Response.created(URI.create(created.location())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(created.value()).build();
    }
}
