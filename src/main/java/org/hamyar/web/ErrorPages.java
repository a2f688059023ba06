package org.hamyar.web;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hamyar.common.ApiException;
import org.hamyar.common.PageProblems;
import org.hamyar.common.ProblemType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * What a page answers when it cannot be shown: an error page in the visitor's language with a way back, never a
 * stack trace or a problem+json body. Page resources route their refusals here.
 */
@ApplicationScoped
public class ErrorPages implements PageProblems {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, String message);
    }

    private final WebContext web;

    ErrorPages(WebContext web) {
        this.web = web;
    }

    @ServerExceptionMapper
    public Response page(PageException e) {
        return render(e.status(), e.messageKey());
    }

    /** A service's refusal that reached a page unhandled: the nearest page-worthy status. */
    public Response api(ApiException e) {
        ProblemType type = e.type();
        return switch (type.status()) {
            case 404 -> render(404, "error_not_found");
            case 403 -> render(403, "error_forbidden");
            case 429 -> render(429, "error_too_many");
            default -> render(400, "error_bad_request");
        };
    }

    /** Unknown addresses and wrong methods outside the API answer as error pages too. */
    @Override
    public Optional<Response> render(String path, int status) {
        if (!WebAnswers.isPage(path)) {
            return Optional.empty();
        }
        return Optional.of(render(status, status == 404 ? "error_not_found" : "error_bad_request"));
    }

    /** Any failure of a page: its own refusals and the services' as error pages, the rest logged once. */
    public Response of(Throwable e) {
        if (e instanceof PageException page) {
            return page(page);
        }
        if (e instanceof ApiException api) {
            return api(api);
        }
        String incident = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Page failed, incident %s, on %s", incident, org.hamyar.common.LogText.escaped(web.path()));
        Response r = render(500, "error_internal");
        r.getHeaders().add("X-Incident-Id", incident);
        return r;
    }

    private Response render(int status, String messageKey) {
        Lang lang = web.lang();
        Page page = new Page(lang, Texts.page(lang, "error_title"), web.formToken(), web.path(), Page.Audience.PUBLIC);
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(page, Texts.page(lang, messageKey)).setLocale(lang.locale())).build();
    }
}
