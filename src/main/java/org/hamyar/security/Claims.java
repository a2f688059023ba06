package org.hamyar.security;

/** The service's own claims, beside the registered ones. */
public final class Claims {

    /** The staff member's or partner app's display name, shown in a volunteer's access log. */
    public static final String NAME = "name";
    /** The organisation (id) that staff and partner apps act for. */
    public static final String ORGANISATION = "org";
    /** See {@link Region#claim()}. */
    public static final String REGION = "region";
    public static final String SCOPE = "scope";

    private Claims() {
    }
}
