package org.hamyar.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hamyar.common.WeeklySlot;
import org.hamyar.volunteer.DemoVolunteers;
import org.hamyar.volunteer.SignupRequest;
import org.hamyar.volunteer.SignupRequest.AvailabilitySlot;
import org.hamyar.volunteer.SignupRequest.Consent;
import org.hamyar.volunteer.SignupRequest.SkillLevel;
import org.hamyar.volunteer.SignupService;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Made-up volunteers who fit the demo needs: for each need, more than twice the volunteers it asks for, living at
 * its centre's neighbourhood with its skills and free at its hours, so every demo need shows candidates beyond the
 * ones the proposal job proposes. Signed up through the real sign-up path.
 */
final class DemoNeedVolunteers {

    /** Beyond the job's proposals (twice the volunteers needed, at most 20), a few more for staff to choose from. */
    private static final int EXTRA = 6;
    private static final String[][] NAMES = {
            { "نسرین", "اکبری" }, { "محمد", "قاسمی" }, { "لیلا", "مرادی" }, { "جواد", "باقری" }, { "الهام", "شریفی" },
            { "سعید", "حیدری" }, { "پریسا", "کاظمی" }, { "کامران", "یوسفی" }, { "شیما", "عباسی" }, { "بهروز", "نظری" } };
    /** National-ID seeds and mobiles apart from DemoVolunteers' own. */
    private static final int SEED = 5_000_000;

    private DemoNeedVolunteers() {
    }

    /** Signs the volunteers up, one after another; the number signed up. */
    static Uni<Integer> signUp(SignupService signups, Map<String, Integer> neighbourhoodOfCentre) {
        List<SignupRequest> people = new ArrayList<>();
        for (DemoNeeds.Need need : DemoNeeds.NEEDS) {
            int count = Math.min(20, 2 * need.volunteersNeeded()) + EXTRA;
            for (int k = 0; k < count; k++) {
                people.add(volunteer(people.size(), need, neighbourhoodOfCentre.get(need.centre())));
            }
        }
        return Multi.createFrom().iterable(people).onItem().transformToUniAndConcatenate(p -> signups.signUp(p, null))
                .collect().asList().map(List::size);
    }

    private static SignupRequest volunteer(int i, DemoNeeds.Need need, int neighbourhood) {
        String[] name = NAMES[i % NAMES.length];
        List<SkillLevel> skills = need.skills().stream().map(s -> new SkillLevel(s.code(), Math.min(5,
                s.minLevel() + i % 3))).toList();
        List<AvailabilitySlot> free = new ArrayList<>();
        for (WeeklySlot slot : need.weeklySlots()) {
            free.add(new AvailabilitySlot(slot.day(), slot.from(), slot.to()));
        }
        return new SignupRequest(DemoVolunteers.madeUpNationalId(SEED + i * 7919), String.format("0913%07d",
                2_000_000 + i), name[0], name[1], LocalDate.of(1965 + i % 40, 1 + i % 12, 1 + i % 28),
                i % 2 == 0 ? "FEMALE" : "MALE", neighbourhood, skills, free, List.of("fa"), 5 + i % 10, null,
                new Consent(true, i % 2 == 0));
    }
}
