package org.hamyar.web.staff;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hamyar.common.PersianText;
import org.hamyar.geo.GeoViews.NeighbourhoodView;

/**
 * A plain map of the staff member's region for placing a centre: its neighbourhoods as points, drawn by the server
 * as SVG so that it needs no tile server (the service must not send its staff's browsers to a third party), and the
 * centre's point if the form has one. {@code site.js} turns a click on it into coordinates; the typed fields stay the
 * way for keyboards and screen readers.
 *
 * <p>
 * The projection is equirectangular with the longitude scaled by the cosine of the middle latitude: over one province
 * it is within a fraction of a percent of the real proportions, and a click maps back to coordinates linearly.
 */
public record CentreMap(int width, int height, String north, String south, String west, String east, List<Dot> dots,
        Dot centre) {

    /** A point of the map: a neighbourhood (with its name as the point's title) or the centre. */
    public record Dot(String id, String label, String x, String y, String lat, String lon) {
    }

    static final int WIDTH = 600;
    private static final double MARGIN = 0.08;
    /** A region with one neighbourhood still gets a map a few kilometres across. */
    private static final double MIN_SPAN_DEGREES = 0.02;

    /** The form's typed coordinates, if they are numbers, mark the centre. */
    static CentreMap of(List<NeighbourhoodView> places, List<CentrePages.PlaceOption> labels, String typedLat,
            String typedLon) {
        return of(places, labels, degrees(typedLat), degrees(typedLon));
    }

    private static Double degrees(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Double.valueOf(PersianText.asciiDigits(typed.strip()).replace('\u066B', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CentreMap of(List<NeighbourhoodView> places, List<CentrePages.PlaceOption> labels, Double lat,
            Double lon) {
        if (places.isEmpty()) {
            return null;
        }
        double south = places.stream().mapToDouble(NeighbourhoodView::lat).min().orElseThrow();
        double north = places.stream().mapToDouble(NeighbourhoodView::lat).max().orElseThrow();
        double west = places.stream().mapToDouble(NeighbourhoodView::lon).min().orElseThrow();
        double east = places.stream().mapToDouble(NeighbourhoodView::lon).max().orElseThrow();
        double latSpan = Math.max(north - south, MIN_SPAN_DEGREES);
        double lonSpan = Math.max(east - west, MIN_SPAN_DEGREES);
        double midLat = (north + south) / 2;
        double midLon = (east + west) / 2;
        south = midLat - latSpan * (0.5 + MARGIN);
        north = midLat + latSpan * (0.5 + MARGIN);
        west = midLon - lonSpan * (0.5 + MARGIN);
        east = midLon + lonSpan * (0.5 + MARGIN);
        double aspect = (north - south) / ((east - west) * Math.cos(Math.toRadians(midLat)));
        int height = (int) Math.round(Math.min(Math.max(WIDTH * aspect, 240), 720));
        Projection p = new Projection(north, south, west, east, height);
        List<Dot> dots = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            NeighbourhoodView n = places.get(i);
            dots.add(p.dot(String.valueOf(n.id()), labels.get(i).label(), n.lat(), n.lon()));
        }
        Dot centre = lat == null || lon == null || lat < south || lat > north || lon < west || lon > east ? null
                : p.dot("centre", "", lat, lon);
        return new CentreMap(WIDTH, height, fixed(north), fixed(south), fixed(west), fixed(east), List.copyOf(dots),
                centre);
    }

    private record Projection(double north, double south, double west, double east, int height) {
        Dot dot(String id, String label, double lat, double lon) {
            double x = (lon - west) / (east - west) * WIDTH;
            double y = (north - lat) / (north - south) * height;
            return new Dot(id, label, String.format(Locale.ROOT, "%.1f", x), String.format(Locale.ROOT, "%.1f", y),
                    fixed(lat), fixed(lon));
        }
    }

    private static String fixed(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }
}
