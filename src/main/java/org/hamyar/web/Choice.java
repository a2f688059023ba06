package org.hamyar.web;

/** One option of a select, a radio group or a list of checkboxes, its label in the page's language. */
public record Choice(String value, String label, boolean selected) {
}
