package org.hamyar.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every page answer carries: the cookies the request decided to set, and {@code Cache-Control: no-store}, since
 * pages are made for one visitor (their forms hold a token, many hold personal data). API answers are left alone.
 */
public class WebAnswers {

    @Inject
    WebContext web;

    @ServerResponseFilter
    public void pages(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPage(request.getUriInfo().getPath())) {
            return;
        }
        web.cookiesToSet().forEach(c -> response.getHeaders().add(HttpHeaders.SET_COOKIE, c.encode()));
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/.well-known/");
    }
}
