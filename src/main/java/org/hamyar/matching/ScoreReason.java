package org.hamyar.matching;

/** A component of a score as the API shows it: its weight, the value reached, the points it adds, and why. */
public record ScoreReason(String component, double weight, double value, double points, String explanation) {
}
