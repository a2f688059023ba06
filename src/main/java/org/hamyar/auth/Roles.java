package org.hamyar.auth;

/** The {@code groups} a token can carry. */
public final class Roles {

    /** A citizen signed up as a volunteer; the token's subject is their volunteer id. */
    public static final String VOLUNTEER = "volunteer";
    /** Welfare staff reviewing volunteers and matches. */
    public static final String STAFF = "staff";

    private Roles() {
    }
}
