package org.hamyar.campaign;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hamyar.common.ApiException;
import org.hamyar.common.CountedPages;
import org.hamyar.common.Page;
import org.hamyar.common.PageRequest;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class CampaignService {

    private static final String COLUMNS = """
            id, code, name_fa, name_en, owner_organisation_fa, owner_organisation_en, description_fa, description_en,
            starts_on, ends_on, status, province_codes""";

    private static final String LIST = """
            SELECT t.total, p.* FROM (SELECT count(*) AS total FROM campaign) t
            LEFT JOIN LATERAL (
                SELECT %s FROM campaign ORDER BY starts_on DESC, id LIMIT $1 OFFSET $2
            ) p ON true
            """.formatted(COLUMNS);

    private static final String BY_CODE = "SELECT " + COLUMNS + " FROM campaign WHERE code = $1";

    private static final String BY_ID = "SELECT " + COLUMNS + " FROM campaign WHERE id = $1";

    private final Pool pool;

    CampaignService(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<CampaignView>> list(PageRequest paging) {
        return pool.preparedQuery(LIST).execute(Tuple.of(paging.size(), paging.offset()))
                .map(rows -> CountedPages.read(rows, paging, r -> view(r, 1)));
    }

    /** A campaign by its code ({@code salam-mahalleh}), for the pages' addresses; 404 for an unknown one. */
    public Uni<CampaignView> byCode(String code) {
        return pool.preparedQuery(BY_CODE).execute(Tuple.of(code)).map(CampaignService::one);
    }

    public Uni<CampaignView> get(long id) {
        return pool.preparedQuery(BY_ID).execute(Tuple.of(id)).map(CampaignService::one);
    }

    private static CampaignView one(RowSet<Row> rows) {
        if (rows.size() == 0) {
            throw ApiException.notFound();
        }
        return view(rows.iterator().next(), 0);
    }

    /** Reads {@link #COLUMNS} starting at column {@code o}. */
    private static CampaignView view(Row r, int o) {
        return new CampaignView(r.getLong(o), r.getString(o + 1), r.getString(o + 2), r.getString(o + 3),
                r.getString(o + 4), r.getString(o + 5), r.getString(o + 6), r.getString(o + 7),
                r.getLocalDate(o + 8), r.getLocalDate(o + 9), r.getString(o + 10),
                List.of(r.getArrayOfStrings(o + 11)));
    }
}
