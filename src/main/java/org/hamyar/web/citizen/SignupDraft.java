package org.hamyar.web.citizen;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A sign-up in progress, kept sealed in a cookie until its last step: the answers as typed, the steps passed, and
 * the Idempotency-Key its submission carries, so a second click or a retry makes no second volunteer. Once the
 * sign-up is stored it holds only what the confirmation shows: the masked identifiers.
 */
record SignupDraft(String idempotencyKey, Map<String, String> answers, Set<String> passed, String nationalIdMasked,
        String mobileMasked) {

    static SignupDraft fresh() {
        return new SignupDraft(UUID.randomUUID().toString(), new LinkedHashMap<>(), new LinkedHashSet<>(), null, null);
    }

    boolean submitted() {
        return nationalIdMasked != null;
    }

    /** The answers of one step replace what that step held before; the step counts as passed. */
    SignupDraft answered(SignupStep step, Map<String, String> stepAnswers, Set<String> stepFields) {
        Map<String, String> merged = new LinkedHashMap<>(answers);
        merged.keySet().removeIf(stepFields::contains);
        merged.putAll(stepAnswers);
        Set<String> steps = new LinkedHashSet<>(passed);
        steps.add(step.path());
        return new SignupDraft(idempotencyKey, merged, steps, null, null);
    }

    boolean passed(SignupStep step) {
        return passed.contains(step.path());
    }

    SignupDraft confirmed(String nationalId, String mobile) {
        return new SignupDraft(idempotencyKey, Map.of(), Set.of(), nationalId, mobile);
    }
}
