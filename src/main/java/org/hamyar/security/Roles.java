package org.hamyar.security;

/** The {@code groups} a token can carry. A partner app's token also carries each granted scope as a group. */
public final class Roles {

    /** A citizen signed up as a volunteer; the token's subject is their volunteer id. */
    public static final String VOLUNTEER = "volunteer";
    /** Staff of an organisation, acting inside its region. */
    public static final String STAFF = "staff";
    /** A partner app (OAuth2 client credentials) of an organisation; what it may do is its scopes. */
    public static final String PARTNER = "partner";
    /** The national administrator (a staff account without organisation or region, made from configuration). */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
