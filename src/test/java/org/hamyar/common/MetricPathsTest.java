package org.hamyar.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTTP metrics label of a request no resource answered keeps one word of its path, never an id or number. */
class MetricPathsTest {

    @Test
    void onlyAFirstSegmentThatIsAWordIsKept() {
        assertThat(MetricPaths.label("/webjars/htmx.org/2.0.8/dist/htmx.min.js")).isEqualTo("/webjars/*");
        assertThat(MetricPaths.label("/api/v1/volunteers/0084575948%00")).isEqualTo("/api/*");
        assertThat(MetricPaths.label("/09123456789")).isEqualTo("/{}");
        assertThat(MetricPaths.label("/01a23b87-7638-74c2-9297-2a6b09e9ffc4/x")).isEqualTo("/{}/*");
        assertThat(MetricPaths.label("/Zahra")).isEqualTo("/{}");
        assertThat(MetricPaths.label("/staff/")).isEqualTo("/staff");
        assertThat(MetricPaths.label("/")).isEqualTo("/");
        assertThat(MetricPaths.label(null)).isEqualTo("/");
    }
}
