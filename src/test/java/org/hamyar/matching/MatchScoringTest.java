package org.hamyar.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import org.hamyar.common.WeeklySlot;
import org.hamyar.matching.MatchScoring.Component;
import org.hamyar.matching.MatchScoring.NeedProfile;
import org.hamyar.matching.MatchScoring.Requirement;
import org.hamyar.matching.MatchScoring.Score;
import org.hamyar.matching.MatchScoring.VolunteerProfile;
import org.junit.jupiter.api.Test;

class MatchScoringTest {

    private static final NeedProfile NEED = new NeedProfile(
            List.of(new Requirement("teaching", 3), new Requirement("counselling", 2)),
            List.of(new WeeklySlot("MONDAY", "16:00", "18:00"), new WeeklySlot("WEDNESDAY", "10:00", "12:00")),
            List.of("az"));

    private static VolunteerProfile volunteer(Map<String, Integer> skills, List<WeeklySlot> free, double km,
            int commitments) {
        return new VolunteerProfile(skills, free, List.of("fa", "az"), km, 10, commitments);
    }

    private static Component part(Score s, String name) {
        return s.components().stream().filter(c -> c.component().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aVolunteerWhoHasEverythingNearbyScoresNearlyFull() {
        Score s = MatchScoring.score(NEED, volunteer(Map.of("teaching", 4, "counselling", 2),
                List.of(new WeeklySlot("MONDAY", "15:00", "19:00"), new WeeklySlot("WEDNESDAY", "09:00", "13:00")),
                0, 0));
        assertThat(s.total()).isEqualTo(1.0);
        assertThat(s.components()).extracting(Component::weight).containsExactly(0.35, 0.25, 0.20, 0.10, 0.10);
    }

    @Test
    void eachComponentCountsItsShare() {
        // teaching at 2 of 3 (0.667), no counselling: skills (0.667 + 0) / 2; Monday only: half the hours.
        Score s = MatchScoring.score(NEED, volunteer(Map.of("teaching", 2),
                List.of(new WeeklySlot("MONDAY", "16:00", "17:00"), new WeeklySlot("MONDAY", "16:30", "18:00")),
                5, 1));
        assertThat(part(s, "skills").value()).isEqualTo(0.333);
        assertThat(part(s, "skills").facts()).containsEntry("met", 0).containsEntry("required", 2);
        assertThat(part(s, "distance").value()).isEqualTo(0.5);
        assertThat(part(s, "availability").value()).isEqualTo(0.5);
        assertThat(part(s, "language").facts()).containsEntry("shared", "az");
        assertThat(part(s, "load").value()).isEqualTo(0.5);
        assertThat(s.total()).isEqualTo(0.35 * 0.333 + 0.25 * 0.5 + 0.2 * 0.5 + 0.1 + 0.05, offset(0.002));
    }

    @Test
    void aNeedWithoutHoursOrLanguagesSuitsAnyone() {
        NeedProfile open = new NeedProfile(List.of(new Requirement("teaching", 1)), List.of(), List.of());
        Score s = MatchScoring.score(open, new VolunteerProfile(Map.of("teaching", 1), List.of(), List.of("en"),
                50, 60, 0));
        assertThat(part(s, "availability").value()).isEqualTo(1.0);
        assertThat(part(s, "language").value()).isEqualTo(1.0);
        assertThat(part(s, "distance").value()).isLessThan(0.1);
        NeedProfile persianOnly = new NeedProfile(open.skills(), List.of(), List.of("fa"));
        assertThat(part(MatchScoring.score(persianOnly, new VolunteerProfile(Map.of(), List.of(), List.of("en"), 1,
                5, 0)), "language").value()).isZero();
    }

    @Test
    void minutesOfTheDayAreReadAsLocalTimeReadsThem() {
        for (int h = 0; h < 24; h++) {
            for (int m = 0; m < 60; m++) {
                String text = "%02d:%02d".formatted(h, m);
                LocalTime t = LocalTime.parse(text);
                assertThat(MatchScoring.minuteOfDay(text)).as(text).isEqualTo(t.getHour() * 60 + t.getMinute());
            }
        }
        assertThat(MatchScoring.minuteOfDay("09:30:15")).isEqualTo(570);
        for (String bad : new String[] { "24:00", "12:60", "1a:00", "-1:00", "9:30", "12-30", "" }) {
            assertThatThrownBy(() -> MatchScoring.minuteOfDay(bad)).as(bad).isInstanceOf(DateTimeParseException.class);
        }
    }
}
