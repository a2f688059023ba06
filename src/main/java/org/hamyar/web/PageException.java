package org.hamyar.web;

/** A page that cannot be shown: answered with an error page in the visitor's language, never a stack trace. */
public class PageException extends RuntimeException {

    private final int status;
    private final String messageKey;

    public PageException(int status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    public static PageException crossSite() {
        return new PageException(403, "error_cross_site");
    }

    public static PageException notFound() {
        return new PageException(404, "error_not_found");
    }

    public static PageException forbidden() {
        return new PageException(403, "error_forbidden");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
