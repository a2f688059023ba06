package org.hamyar.security;

import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamyar.common.Actor;
import org.hamyar.common.ApiException;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The verified token of the current request, read as this service's roles: a volunteer, staff of an organisation in
 * a region, or a partner app of an organisation in a region with scopes.
 */
@RequestScoped
public class Caller {

    /** Null for an anonymous caller. */
    private final JsonWebToken token;

    @Inject
    Caller(JsonWebToken token) {
        this.token = token;
    }

    /**
     * The caller of a public endpoint, from its identity resolved without blocking (lazy authentication may not
     * resolve the injected token on the event loop).
     */
    public static Caller of(SecurityIdentity identity) {
        return new Caller(identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null);
    }

    /** The caller a verified token stands for; null for none (anonymous). */
    public static Caller of(JsonWebToken token) {
        return new Caller(token);
    }

    private Set<String> groups() {
        return token == null || token.getGroups() == null ? Set.of() : token.getGroups();
    }

    public boolean isStaff() {
        return groups().contains(Roles.STAFF);
    }

    public boolean isPartner() {
        return groups().contains(Roles.PARTNER);
    }

    public boolean isVolunteer() {
        return groups().contains(Roles.VOLUNTEER);
    }

    public boolean isAdmin() {
        return groups().contains(Roles.ADMIN);
    }

    public boolean isOrganisationMember() {
        return isStaff() || isPartner();
    }

    /** The volunteer this citizen's token is for; 403 for any other kind of token. */
    public UUID volunteerId() {
        if (!isVolunteer() || token.getSubject() == null) {
            throw ApiException.forbidden();
        }
        try {
            return UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException e) {
            throw ApiException.forbidden();
        }
    }

    /** Null unless staff or a partner app with an organisation claim. */
    public Long organisationId() {
        if (!isOrganisationMember()) {
            return null;
        }
        Object claim = token == null ? null : token.getClaim(Claims.ORGANISATION);
        if (claim instanceof Number n) {
            return n.longValue();
        }
        if (claim instanceof jakarta.json.JsonNumber n) {
            return n.longValue();
        }
        return null;
    }

    /** Null unless staff or a partner app with a well-formed region claim. */
    public Region region() {
        if (!isOrganisationMember()) {
            return null;
        }
        return Region.parse(text(Claims.REGION));
    }

    /** Whether this staff member or partner app may act on an object of {@code organisationId} at this place. */
    public boolean mayManage(long organisationId, String provinceCode, int countyId) {
        Long own = organisationId();
        Region region = region();
        return own != null && own == organisationId && region != null && region.covers(provinceCode, countyId);
    }

    /** Whether this staff member may see volunteers living at this place. */
    public boolean staffCovers(String provinceCode, int countyId) {
        Region region = region();
        return isStaff() && region != null && region.covers(provinceCode, countyId);
    }

    public Actor actor() {
        String name = text(Claims.NAME);
        Actor.Kind kind = isStaff() ? Actor.Kind.STAFF
                : isPartner() ? Actor.Kind.PARTNER : isAdmin() ? Actor.Kind.ADMIN : Actor.Kind.VOLUNTEER;
        return new Actor(kind, token == null ? null : token.getSubject(), name, organisationId());
    }

    private String text(String claim) {
        Object value = token == null ? null : token.getClaim(claim);
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        return value == null ? null : value.toString();
    }
}
