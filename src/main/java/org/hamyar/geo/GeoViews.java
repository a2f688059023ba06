package org.hamyar.geo;

import java.util.List;

/** What the geography endpoints answer. */
public final class GeoViews {

    private GeoViews() {
    }

    public record ProvinceView(String code, String nameFa, String nameEn, String capitalFa, String capitalEn,
            double lat, double lon) {

        static ProvinceView of(Province p) {
            return new ProvinceView(p.code, p.nameFa, p.nameEn, p.capitalFa, p.capitalEn, p.lat, p.lon);
        }
    }

    public record CountyView(int id, String provinceCode, String nameFa, String nameEn, double lat, double lon) {

        static CountyView of(County c) {
            return new CountyView(c.id, c.provinceCode, c.nameFa, c.nameEn, c.lat, c.lon);
        }
    }

    public record NeighbourhoodView(int id, int countyId, String provinceCode, String nameFa, String nameEn,
            String districtFa, String districtEn, double lat, double lon) {

        static NeighbourhoodView of(Neighbourhood n) {
            return new NeighbourhoodView(n.id, n.county.id, n.county.provinceCode, n.nameFa, n.nameEn, n.districtFa,
                    n.districtEn, n.lat, n.lon);
        }
    }

    public record Items<T>(List<T> items) {
    }
}
