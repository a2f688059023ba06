package org.hamyar.matching;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hamyar.common.WeeklySlot;

/**
 * How well a volunteer fits a need, as a score in 0..1 made of weighted components, each kept with the facts behind
 * it so staff can see why. Pure: the candidate search gives it what the database found.
 */
final class MatchScoring {

    static final double SKILLS = 0.35, DISTANCE = 0.25, AVAILABILITY = 0.20, LANGUAGE = 0.10, LOAD = 0.10;
    /** A volunteer this far away scores half on distance: a few minutes' walk or bus ride matters in a neighbourhood. */
    static final double HALF_SCORE_KM = 5.0;

    record Requirement(String code, int minLevel) {
    }

    record NeedProfile(List<Requirement> skills, List<WeeklySlot> slots, List<String> languages) {
    }

    record VolunteerProfile(Map<String, Integer> skills, List<WeeklySlot> availability, List<String> languages,
            double km, int maxTravelKm, int commitments) {
    }

    /** One component: its weight, the value reached (0..1), the points it adds, and the facts it rests on. */
    record Component(String component, double weight, double value, double points, Map<String, Object> facts) {
    }

    record Score(double total, List<Component> components) {
    }

    private MatchScoring() {
    }

    static Score score(NeedProfile need, VolunteerProfile volunteer) {
        List<Component> parts = List.of(skills(need, volunteer), distance(volunteer), availability(need, volunteer),
                language(need, volunteer), load(volunteer));
        return new Score(round(parts.stream().mapToDouble(Component::points).sum()), parts);
    }

    /** Each required skill counts for its share: fully at the level asked, in proportion below it, nothing if absent. */
    private static Component skills(NeedProfile need, VolunteerProfile v) {
        if (need.skills().isEmpty()) {
            return component("skills", SKILLS, 1, Map.of("met", 0, "required", 0));
        }
        double sum = 0;
        int met = 0;
        for (Requirement r : need.skills()) {
            Integer level = v.skills().get(r.code());
            if (level != null) {
                sum += Math.min(1.0, (double) level / r.minLevel());
                met += level >= r.minLevel() ? 1 : 0;
            }
        }
        return component("skills", SKILLS, sum / need.skills().size(),
                Map.of("met", met, "required", need.skills().size()));
    }

    private static Component distance(VolunteerProfile v) {
        double km = Math.max(0, v.km());
        return component("distance", DISTANCE, HALF_SCORE_KM / (HALF_SCORE_KM + km),
                Map.of("km", Math.round(km * 10) / 10.0, "maxTravelKm", v.maxTravelKm()));
    }

    /** The share of the need's weekly hours the volunteer is free for; a need without fixed hours suits anyone. */
    private static Component availability(NeedProfile need, VolunteerProfile v) {
        long wanted = minutes(need.slots());
        if (wanted == 0) {
            return component("availability", AVAILABILITY, 1, Map.of("anyTime", true, "percent", 100));
        }
        long overlap = 0;
        for (String day : days(need.slots())) {
            overlap += overlap(merged(need.slots(), day), merged(v.availability(), day));
        }
        double value = (double) overlap / wanted;
        return component("availability", AVAILABILITY, value, Map.of("percent", Math.round(value * 100)));
    }

    private static Component language(NeedProfile need, VolunteerProfile v) {
        if (need.languages().isEmpty()) {
            return component("language", LANGUAGE, 1, Map.of("anyLanguage", true));
        }
        return need.languages().stream().filter(v.languages()::contains).findFirst()
                .map(shared -> component("language", LANGUAGE, 1, Map.of("shared", shared)))
                .orElseGet(() -> component("language", LANGUAGE, 0,
                        Map.of("asked", String.join(", ", need.languages()))));
    }

    /** Volunteers already committed elsewhere rank lower, so work spreads over more people. */
    private static Component load(VolunteerProfile v) {
        return component("load", LOAD, 1.0 / (1 + Math.max(0, v.commitments())),
                Map.of("commitments", v.commitments()));
    }

    private static Component component(String name, double weight, double value, Map<String, Object> facts) {
        double clipped = Math.max(0, Math.min(1, value));
        return new Component(name, weight, round(clipped), round(weight * clipped), new LinkedHashMap<>(facts));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    private static long minutes(List<WeeklySlot> slots) {
        long total = 0;
        for (String day : days(slots)) {
            for (int[] r : merged(slots, day)) {
                total += r[1] - r[0];
            }
        }
        return total;
    }

    private static List<String> days(List<WeeklySlot> slots) {
        return slots.stream().map(WeeklySlot::day).distinct().toList();
    }

    /** The day's slots as sorted, non-overlapping minute ranges. */
    private static List<int[]> merged(List<WeeklySlot> slots, String day) {
        List<int[]> ranges = new ArrayList<>();
        for (WeeklySlot s : slots) {
            if (day.equals(s.day())) {
                int from = minuteOfDay(s.from()), to = minuteOfDay(s.to());
                if (to > from) {
                    ranges.add(new int[] { from, to });
                }
            }
        }
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(r.clone());
            }
        }
        return out;
    }

    private static long overlap(List<int[]> a, List<int[]> b) {
        long total = 0;
        int i = 0, j = 0;
        while (i < a.size() && j < b.size()) {
            int from = Math.max(a.get(i)[0], b.get(j)[0]), to = Math.min(a.get(i)[1], b.get(j)[1]);
            total += Math.max(0, to - from);
            if (a.get(i)[1] < b.get(j)[1]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /**
     * Minutes since midnight, as {@code LocalTime.parse} reads the time. Every candidate of a search scores every slot
     * of the need and of their own week, and the formatter's field maps made this the service's busiest code, so the
     * usual HH:mm is read digit by digit; anything else goes to the formatter, which reads or rejects it.
     */
    static int minuteOfDay(String hhmm) {
        if (hhmm.length() == 5 && hhmm.charAt(2) == ':') {
            int h = digit(hhmm, 0) * 10 + digit(hhmm, 1), m = digit(hhmm, 3) * 10 + digit(hhmm, 4);
            if (h >= 0 && h < 24 && m >= 0 && m < 60) {
                return h * 60 + m;
            }
        }
        LocalTime t = LocalTime.parse(hhmm);
        return t.getHour() * 60 + t.getMinute();
    }

    /** The decimal digit at {@code i}, or a negative number (which fails the range checks) for anything else. */
    private static int digit(String s, int i) {
        char c = s.charAt(i);
        return c >= '0' && c <= '9' ? c - '0' : -100;
    }
}
