package org.hamyar.security;

import java.util.Set;

/** OAuth2 scopes a partner app can be granted; each becomes a group of its token, so endpoints name them. */
public final class Scopes {

    public static final String NEEDS_WRITE = "needs:write";
    public static final String CENTRES_WRITE = "centres:write";

    public static final Set<String> ALL = Set.of(NEEDS_WRITE, CENTRES_WRITE);

    private Scopes() {
    }
}
