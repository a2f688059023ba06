package org.hamyar.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * What every page answer carries: the cookies the request decided to set, {@code Cache-Control: no-store}, since
 * pages are made for one visitor (their forms hold a token, many hold personal data), and a policy that lets the
 * browser run only the site's own files: no inline script or style, no framing, no form posted elsewhere, so an
 * injected fragment can neither run nor send a citizen's answers away. The headers every answer carries (nosniff,
 * no framing, the referrer policy) are set for all paths in application.properties.
 */
public class WebAnswers {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";

    @Inject
    WebContext web;

    @ServerResponseFilter
    public void pages(ContainerRequestContext request, ContainerResponseContext response) {
        if (!isPage(request.getUriInfo().getPath())) {
            return;
        }
        web.cookiesToSet().forEach(c -> response.getHeaders().add(HttpHeaders.SET_COOKIE, c.encode()));
        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        // geolocation stays for the site itself: the centre form offers the device's location
        headers.putSingle("Permissions-Policy", "camera=(), microphone=(), geolocation=(self)");
    }

    static boolean isPage(String path) {
        return !path.startsWith("/api/") && !path.startsWith("/q/") && !path.startsWith("/.well-known/");
    }
}
