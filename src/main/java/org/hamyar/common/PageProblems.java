package org.hamyar.common;

import java.util.Optional;

import jakarta.ws.rs.core.Response;

/**
 * How a failure on a page's address (not {@code /api}, not {@code /q}) answers: the pages render it as an error page
 * for a person, where the API would answer problem+json. Implemented by the pages, so this package needs none of them.
 */
public interface PageProblems {

    /** Empty when {@code path} is not a page's. */
    Optional<Response> render(String path, int status);
}
