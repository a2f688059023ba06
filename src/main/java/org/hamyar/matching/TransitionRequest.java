package org.hamyar.matching;

import java.math.BigDecimal;

/** A move asked of a match: the state to reach, why, and for COMPLETED the hours served. */
public record TransitionRequest(String to, String reason, BigDecimal hours) {
}
