package org.hamyar.common;

/** A weekly time slot: a day of the week and a 24-hour time range, such as SATURDAY 09:00–12:00. */
public record WeeklySlot(String day, String from, String to) {
}
