package org.hamyar.volunteer;

import java.util.Set;

import org.hamyar.common.ApiException;
import org.hamyar.common.MergePatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a volunteer may change in their own profile. Identity and fields the service owns cannot be changed here:
 * a new mobile or national ID would need proving, and status is the service's.
 */
final class ProfilePatch {

    private static final Set<String> EDITABLE = Set.of("firstName", "lastName", "gender", "neighbourhoodId",
            "skills", "availability", "languages", "maxTravelKm", "consent");
    private static final Set<String> READ_ONLY = Set.of("id", "status", "nationalId", "nationalIdMasked", "mobile",
            "mobileMasked", "birthDate", "campaignId", "createdAt", "roles", "organisationId");

    private ProfilePatch() {
    }

    static ObjectNode check(JsonNode patch) {
        ObjectNode changes = MergePatch.check(patch, EDITABLE, READ_ONLY);
        JsonNode consent = changes.get("consent");
        if (consent != null && consent.isObject() && consent.has("dataProcessing")) {
            // Withdrawing consent to processing is erasure (DELETE /api/v1/me), not an edit.
            throw ApiException.invalid("consent.dataProcessing", "read-only");
        }
        return changes;
    }
}
