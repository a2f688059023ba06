package org.hamyar.web;

/**
 * What the layout needs of every page: its language and direction, its title, the form token for its forms, the
 * link that shows the same page in the other language, and who is logged in.
 */
public record Page(Lang lang, String title, String formToken, String path, Audience audience) {

    /** Who the page is for, and whether they are logged in: the header's links follow it. */
    public enum Audience {
        PUBLIC,
        CITIZEN,
        STAFF
    }

    public String otherLanguageHref() {
        return path + "?lang=" + lang.other().code();
    }

    public boolean citizen() {
        return audience == Audience.CITIZEN;
    }

    public boolean staff() {
        return audience == Audience.STAFF;
    }

    public String csrfField() {
        return WebContext.FORM_FIELD;
    }
}
