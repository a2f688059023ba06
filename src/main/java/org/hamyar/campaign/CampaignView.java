package org.hamyar.campaign;

import java.time.LocalDate;
import java.util.List;

public record CampaignView(long id, String code, String nameFa, String nameEn, String ownerOrganisationFa,
        String ownerOrganisationEn, String descriptionFa, String descriptionEn, LocalDate startsOn, LocalDate endsOn,
        String status, List<String> provinceCodes) {
}
