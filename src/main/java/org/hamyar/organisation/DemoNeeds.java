package org.hamyar.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hamyar.common.Actor;
import org.hamyar.common.WeeklySlot;
import org.hamyar.need.NeedRequest;
import org.hamyar.need.NeedRequest.RequiredSkill;
import org.hamyar.need.NeedService;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

/** The demo needs of {@link DemoOrganisations}' centres, written in its transaction. */
final class DemoNeeds {

    record Skill(String code, int minLevel) {
    }

    record Need(String centre, String title, String description, String targetGroup, int volunteersNeeded,
            LocalDate startsOn, LocalDate endsOn, List<WeeklySlot> weeklySlots, String priority, Boolean sensitive,
            List<Skill> skills) {
    }

    static final List<Need> NEEDS = List.of(
            new Need("pahneh-kola-facilitation", "همراهی و مراقبت از سالمندان تنهای محله پهنه‌کلا",
                    "سرکشی هفتگی به سالمندان تنها در خانه‌هایشان، کمک در تهیه دارو و همراهی تا درمانگاه. "
                            + "بهزیستی ساری پیش از شروع، آموزش کوتاه مراقبت در خانه برگزار می‌کند.",
                    "ELDERLY", 10, LocalDate.of(2026, 3, 21), LocalDate.of(2027, 3, 20),
                    slots("MONDAY", "09:00", "12:00", "THURSDAY", "09:00", "12:00"), "HIGH", false,
                    List.of(new Skill("elderly-care", 3), new Skill("first-aid", 2))),
            new Need("pahneh-kola-facilitation", "ورزش صبحگاهی سالمندان در پارک محله",
                    "برگزاری ورزش سبک و پیاده‌روی گروهی برای سالمندان محله، دو صبح در هفته.",
                    "ELDERLY", 3, LocalDate.of(2026, 4, 4), LocalDate.of(2026, 10, 22),
                    slots("SATURDAY", "07:00", "08:30", "WEDNESDAY", "07:00", "08:30"), "NORMAL", false,
                    List.of(new Skill("elderly-exercise", 2))),
            new Need("khazaneh-hall", "کلاس‌های جبرانی و سوادآموزی کودکان کار",
                    "کمک درسی و سوادآموزی برای کودکان کار محله در سرای محله، در گروه‌های کوچک و با حضور مددکار. "
                            + "داوطلبان پیش از شروع، دوره توجیهی حمایت از کودک را می‌گذرانند.",
                    "WORKING_CHILDREN", 8, LocalDate.of(2026, 9, 23), LocalDate.of(2027, 6, 21),
                    slots("SUNDAY", "16:00", "18:00", "TUESDAY", "16:00", "18:00"), "HIGH", true,
                    List.of(new Skill("teaching", 3), new Skill("literacy-tutoring", 2),
                            new Skill("working-children-support", 1))),
            new Need("khazaneh-hall", "آموزش سواد دیجیتال برای نوجوانان و خانواده‌ها",
                    "آموزش مقدماتی رایانه، جست‌وجوی امن در اینترنت و استفاده از خدمات دولت الکترونیک؛ "
                            + "و نگهداری ساده از رایانه‌های سرای محله.",
                    "YOUTH_AND_FAMILIES", 5, null, null,
                    slots("SATURDAY", "17:00", "19:00"), "LOW", false,
                    List.of(new Skill("digital-literacy", 3), new Skill("it-support", 2))),
            new Need("javadieh-shelter", "پخت و توزیع غذای گرم شبانه در گرمخانه",
                    "آماده‌سازی و توزیع شام گرم و اقلام زمستانی برای مددجویان گرمخانه در ماه‌های سرد سال.",
                    "HOMELESS", 12, LocalDate.of(2026, 11, 22), LocalDate.of(2027, 3, 20),
                    slots("THURSDAY", "18:00", "21:00", "FRIDAY", "18:00", "21:00"), "URGENT", true,
                    List.of(new Skill("food-distribution", 1), new Skill("homeless-outreach", 2),
                            new Skill("first-aid", 2))),
            new Need("narmak-treatment", "گروه همیاری خانواده‌های افراد در حال بهبودی از اعتیاد",
                    "همراهی یک گروه حمایتی هفتگی برای خانواده‌ها، با هماهنگی روان‌شناس مرکز. "
                            + "رازداری کامل درباره مراجعان و خانواده‌هایشان الزامی است.",
                    "ADDICTION_RECOVERY", 4, LocalDate.of(2026, 4, 1), null,
                    slots("WEDNESDAY", "17:00", "19:00"), "HIGH", true,
                    List.of(new Skill("counselling", 4), new Skill("family-education", 3),
                            new Skill("addiction-recovery-support", 2))),
            new Need("nazi-abad-positive-life", "مشاوره حقوقی رایگان برای زنان سرپرست خانوار",
                    "پاسخ به پرسش‌های حقوقی درباره مهریه، حضانت، اجاره‌نامه و مستمری، "
                            + "و کمک در تکمیل مدارک اداری برای دریافت حمایت‌ها.",
                    "WOMEN_HEADED_HOUSEHOLDS", 3, null, null,
                    slots("MONDAY", "10:00", "12:00"), "NORMAL", true,
                    List.of(new Skill("legal-aid", 4), new Skill("paperwork-assistance", 2))),
            new Need("hadiabad-ngo-office", "نیازسنجی محله‌های حاشیه‌ای هادی‌آباد و اسماعیل‌آباد",
                    "گفت‌وگو با خانوارها و معتمدان محل و تکمیل پرسشنامه نیازسنجی طرح سلام محله، "
                            + "برای برنامه‌ریزی آموزش مهارت و پیشگیری از آسیب‌های اجتماعی.",
                    "MARGINAL_SETTLEMENTS", 15, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 8, 31),
                    slots("THURSDAY", "09:00", "13:00", "FRIDAY", "09:00", "12:00"), "HIGH", false,
                    List.of(new Skill("needs-assessment", 3), new Skill("social-work", 2),
                            new Skill("elder-mediation", 2))),
            new Need("hadiabad-ngo-office", "کارگاه خیاطی و صنایع دستی برای زنان سرپرست خانوار",
                    "آموزش مهارت‌های درآمدزا در دوره‌های سه‌ماهه و کمک به فروش محصولات در بازارچه‌های محلی.",
                    "WOMEN_HEADED_HOUSEHOLDS", 4, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31),
                    slots("SUNDAY", "10:00", "12:00", "TUESDAY", "10:00", "12:00"), "NORMAL", false,
                    List.of(new Skill("vocational-training", 3), new Skill("handicrafts", 3),
                            new Skill("women-headed-household-empowerment", 1))));

    private DemoNeeds() {
    }

    /** Writes every demo need through the need feature (which asks for proposals); the count written. */
    static Uni<Integer> insert(SqlClient tx, NeedService needs, Map<String, UUID> centreIds, Actor actor) {
        return Multi.createFrom().iterable(NEEDS).onItem().transformToUniAndConcatenate(n -> {
            UUID centre = centreIds.get(n.centre());
            if (centre == null) {
                throw new IllegalStateException("No demo centre " + n.centre());
            }
            List<RequiredSkill> skills = n.skills().stream().map(s -> new RequiredSkill(s.code(), s.minLevel()))
                    .toList();
            return needs.add(tx, centre, new NeedRequest(null, n.title(), n.description(), n.targetGroup(), skills,
                    n.volunteersNeeded(), n.startsOn(), n.endsOn(), n.weeklySlots(), n.priority(), n.sensitive(),
                    null, null), actor);
        }).collect().asList().map(List::size);
    }

    /** Weekly slots: {@code slots("SATURDAY", "09:00", "13:00", ...)} (day, from, to). */
    static List<WeeklySlot> slots(String... dayFromTo) {
        if (dayFromTo.length % 3 != 0) {
            throw new IllegalArgumentException("Slots come as day, from, to");
        }
        List<WeeklySlot> slots = new ArrayList<>();
        for (int i = 0; i < dayFromTo.length; i += 3) {
            slots.add(new WeeklySlot(dayFromTo[i], dayFromTo[i + 1], dayFromTo[i + 2]));
        }
        return slots;
    }
}
