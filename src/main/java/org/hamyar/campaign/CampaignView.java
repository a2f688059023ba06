package org.hamyar.campaign;

import java.time.LocalDate;
import java.util.List;

public record CampaignView(long id, String code, String nameFa, String nameEn, String ownerOrganisationFa,
        String ownerOrganisationEn, String descriptionFa, String descriptionEn, LocalDate startsOn, LocalDate endsOn,
        String status, List<String> provinceCodes) {

    static CampaignView of(Campaign c) {
        return new CampaignView(c.id, c.code, c.nameFa, c.nameEn, c.ownerOrganisationFa, c.ownerOrganisationEn,
                c.descriptionFa, c.descriptionEn, c.startsOn, c.endsOn, c.status, List.of(c.provinceCodes));
    }
}
