package org.hamyar.web.charts;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.hamyar.report.RegionReport.Count;
import org.hamyar.web.Jalali;
import org.hamyar.web.Lang;

/**
 * A chart as a page shows it: a table of labelled numbers (what screen readers and the no-JavaScript page read)
 * from which the chart script draws the picture.
 */
public record Chart(String id, String title, String type, List<Point> points) {

    /** One bar or point: its label, its number as shown (page digits) and as a number for the chart. */
    public record Point(String label, String text, long value) {
    }

    public static Chart of(String id, String title, String type, List<Count> counts, Function<Count, String> label,
            Lang lang) {
        return of(id, title, type, counts, label, Count::count, lang);
    }

    public static <T> Chart of(String id, String title, String type, List<T> items, Function<T, String> label,
            ToLongFunction<T> value, Lang lang) {
        return new Chart(id, title, type, items.stream().map(i -> new Point(label.apply(i),
                Jalali.number(value.applyAsLong(i), lang), value.applyAsLong(i))).toList());
    }
}
