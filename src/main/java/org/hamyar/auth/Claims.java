package org.hamyar.auth;

/** The service's own claims, beside the registered ones. */
final class Claims {

    /** The staff member's or partner app's display name, shown in a volunteer's access log. */
    static final String NAME = "name";
    /** The organisation (id) that staff and partner apps act for. */
    static final String ORGANISATION = "org";
    /** See {@link Region#claim()}. */
    static final String REGION = "region";
    static final String SCOPE = "scope";

    private Claims() {
    }
}
