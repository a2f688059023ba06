package org.hamyar.common;

import java.util.List;

/** A page of a collection that can grow. */
public record Page<T>(List<T> items, int page, int size, long total) {
}
