package org.hamyar.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Reads the answer of a paged query shaped {@code SELECT t.total, p.* FROM (count) t LEFT JOIN LATERAL (page) p ON
 * true}: one row even past the last page, so the total is right there too; column 1 is null when the page is empty.
 */
public final class CountedPages {

    private CountedPages() {
    }

    public static <T> Page<T> read(RowSet<Row> rows, PageRequest paging, Function<Row, T> item) {
        long total = 0;
        List<T> items = new ArrayList<>();
        for (Row r : rows) {
            total = r.getLong(0);
            if (r.getValue(1) != null) {
                items.add(item.apply(r));
            }
        }
        return new Page<>(items, paging.page(), paging.size(), total);
    }
}
