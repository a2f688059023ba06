package org.hamyar.geo;

import java.util.List;

/** What the geography endpoints answer. */
public final class GeoViews {

    private GeoViews() {
    }

    public record ProvinceView(String code, String nameFa, String nameEn, String capitalFa, String capitalEn,
            double lat, double lon) {
    }

    public record CountyView(int id, String provinceCode, String nameFa, String nameEn, double lat, double lon) {
    }

    public record NeighbourhoodView(int id, int countyId, String provinceCode, String nameFa, String nameEn,
            String districtFa, String districtEn, double lat, double lon) {
    }

    public record Items<T>(List<T> items) {
    }
}
