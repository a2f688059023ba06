package org.hamyar.common;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Numbered parameters for a statement written from the filters a request actually has. A search written once with
 * {@code ($n IS NULL OR col = $n)} for every optional filter cannot have a good generic plan, so PostgreSQL plans it
 * again on every execution (0.3 ms of planning for 0.05 ms of work on the public listings); one statement per
 * combination of filters gets a generic plan that uses the indexes, planned once per connection. Each combination
 * is a fixed text, so Vert.x caches each as its own prepared statement.
 */
public final class SqlArgs {

    private final List<Object> values = new ArrayList<>();

    /** Adds a value and answers its placeholder with the cast that tells PostgreSQL its type. */
    public String add(Object value, String type) {
        values.add(value);
        return "$" + values.size() + "::" + type;
    }

    /** Adds a value whose type PostgreSQL infers from where it stands (LIMIT, OFFSET). */
    public String add(Object value) {
        values.add(value);
        return "$" + values.size();
    }

    public Tuple tuple() {
        return Tuple.from(values);
    }
}
