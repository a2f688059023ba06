package org.hamyar.geo;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamyar.support.Contract.api;
import static org.hamyar.support.Contract.badRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.hamyar.common.PersianText;
import org.hamyar.support.Database;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Tuple;

@QuarkusTest
class ReferenceDataTest {

    private static final int TEHRAN_COUNTY = 2801;

    @Inject
    Database database;

    @Test
    void all31ProvincesWithPersianAndEnglishNames() {
        api().get("/api/v1/provinces").then().statusCode(200)
                .body("items", hasSize(31))
                .body("items.find { it.code == '28' }.nameFa", equalTo("تهران"))
                .body("items.find { it.code == '20' }.nameEn", equalTo("Mazandaran"));
    }

    @Test
    void countiesOfAProvince() {
        api().get("/api/v1/provinces/20/counties").then().statusCode(200)
                .body("items.nameEn", hasItems("Sari", "Babol", "Amol", "Qaemshahr"))
                .body("items.provinceCode", everyItem(equalTo("20")));
        api().get("/api/v1/provinces/99/counties").then().statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void neighbourhoodSearchFoldsPersianSpellings() {
        // نازی‌آباد is stored with a zero-width non-joiner; people type it with a space, with nothing, or with
        // Arabic letters.
        for (String q : new String[] { "نازی‌آباد", "نازی آباد", "نازیآباد", "نازي آباد", "Nazi Abad" }) {
            api().queryParam("q", q).get("/api/v1/neighbourhoods").then().statusCode(200)
                    .body("items.nameEn", hasItem("Nazi Abad"));
        }
        api().queryParam("q", "نارمك").get("/api/v1/neighbourhoods").then().statusCode(200)
                .body("items.nameEn", hasItem("Narmak"));
    }

    @Test
    void neighbourhoodSearchMatchesDistrictsWrittenWithEitherDigits() {
        for (String q : new String[] { "منطقه ۱۶", "منطقه 16", "منطقه ١٦" }) {
            api().queryParam("q", q).queryParam("county", TEHRAN_COUNTY).get("/api/v1/neighbourhoods")
                    .then().statusCode(200)
                    .body("items.nameEn", hasItems("Khazaneh", "Javadieh", "Nazi Abad"))
                    .body("items.countyId", everyItem(equalTo(TEHRAN_COUNTY)));
        }
    }

    @Test
    void neighbourhoodsArePaged() {
        api().queryParam("size", 2).queryParam("page", 1).get("/api/v1/neighbourhoods").then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("total", greaterThanOrEqualTo(60));
        badRequest().queryParam("size", 1000).queryParam("county", "x").get("/api/v1/neighbourhoods")
                .then().statusCode(400)
                .body("errors.field", hasItems("size", "county"));
    }

    /**
     * The search is served from memory; its answers must stay those of the SQL it replaced (search_key LIKE the
     * folded query, by id), including LIKE's wildcards typed as plain text and the '/' between the stored names.
     */
    @Test
    void neighbourhoodSearchAnswersAsTheStoredSearchKey() {
        for (String q : new String[] { "آباد", "منطقه ۱۶", "ك", "nazi", "A", "/", "%", "_", "\\", "zzz-none" }) {
            for (Integer county : new Integer[] { null, TEHRAN_COUNTY }) {
                String key = PersianText.searchKey(q).trim();
                String like = "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                String expected = database.text("""
                        SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM neighbourhood
                        WHERE search_key LIKE $1 ESCAPE '\\' AND ($2::integer IS NULL OR county_id = $2)""",
                        Tuple.of(like, county));
                var request = api().queryParam("q", q).queryParam("size", 200);
                if (county != null) {
                    request = request.queryParam("county", county);
                }
                List<Integer> ids = request.get("/api/v1/neighbourhoods").then().statusCode(200)
                        .extract().jsonPath().getList("items.id", Integer.class);
                String actual = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
                assertEquals(expected, actual, "q=" + q + " county=" + county);
            }
        }
        // Paging over the in-memory list: page 1 of size 2 is the third and fourth of the whole list.
        String third = database.text("SELECT id::text FROM neighbourhood ORDER BY id OFFSET 2 LIMIT 1", Tuple.tuple());
        api().queryParam("size", 2).queryParam("page", 1).get("/api/v1/neighbourhoods").then().statusCode(200)
                .body("items[0].id", equalTo(Integer.parseInt(third)));
        api().queryParam("size", 200).queryParam("page", 1000).get("/api/v1/neighbourhoods").then().statusCode(200)
                .body("items", hasSize(0)).body("total", greaterThanOrEqualTo(60));
    }

    @Test
    void skillTaxonomy() {
        api().get("/api/v1/skills").then().statusCode(200)
                .body("items.size()", greaterThanOrEqualTo(20))
                .body("items.category.code.unique().size()", greaterThanOrEqualTo(6))
                .body("items.find { it.code == 'elderly-care' }.nameFa", equalTo("مراقبت از سالمندان"));
    }
}
