package org.hamyar.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Aggregate sign-up figures for a campaign; never anything about one person. */
public record CampaignStats(long campaignId, long total, OffsetDateTime asOf, List<ProvinceCount> byProvince,
        List<SkillCount> bySkill, List<DayCount> byDay) {

    public record ProvinceCount(String provinceCode, long count) {
    }

    public record SkillCount(String skillCode, long count) {
    }

    public record DayCount(LocalDate date, long count) {
    }
}
