package org.hamyar.security;

/**
 * Where staff and partner apps may act: a whole province or one county. Written into tokens as the {@code region}
 * claim, {@code province:28} or {@code county:2801}.
 */
public record Region(String provinceCode, Integer countyId) {

    public static Region province(String code) {
        return new Region(code, null);
    }

    public static Region county(int id) {
        return new Region(null, id);
    }

    public static Region of(String provinceCode, Integer countyId) {
        return countyId != null ? county(countyId) : province(provinceCode);
    }

    /** Null for a missing or malformed claim: such a token acts nowhere. */
    public static Region parse(String claim) {
        if (claim == null) {
            return null;
        }
        if (claim.startsWith("province:") && claim.length() > "province:".length()) {
            return province(claim.substring("province:".length()));
        }
        if (claim.startsWith("county:")) {
            try {
                return county(Integer.parseInt(claim.substring("county:".length())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    public boolean covers(String placeProvinceCode, int placeCountyId) {
        return countyId != null ? countyId == placeCountyId : provinceCode.equals(placeProvinceCode);
    }

    public String claim() {
        return countyId != null ? "county:" + countyId : "province:" + provinceCode;
    }
}
