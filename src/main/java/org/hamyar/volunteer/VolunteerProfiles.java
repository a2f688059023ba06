package org.hamyar.volunteer;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.hamyar.auth.Roles;
import org.hamyar.common.ApiException;
import org.hamyar.common.ProblemType;

/** Reads a volunteer's record for the volunteer themself or for staff. */
@ApplicationScoped
public class VolunteerProfiles {

    private final VolunteerRepository volunteers;

    VolunteerProfiles(VolunteerRepository volunteers) {
        this.volunteers = volunteers;
    }

    /**
     * Another citizen gets 404, as for an unknown id, so that ids cannot be probed; a token that is neither a
     * citizen's nor staff's gets 403.
     */
    public Uni<VolunteerView> get(String rawId, JsonWebToken caller) {
        boolean staff = caller.getGroups().contains(Roles.STAFF);
        boolean citizen = caller.getGroups().contains(Roles.VOLUNTEER);
        if (!staff && !citizen) {
            throw new ApiException(ProblemType.FORBIDDEN);
        }
        UUID id = parse(rawId);
        if (id == null || (!staff && !id.toString().equals(caller.getSubject()))) {
            throw ApiException.notFound();
        }
        return volunteers.find(id).map(found -> found.orElseThrow(ApiException::notFound));
    }

    private static UUID parse(String raw) {
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
