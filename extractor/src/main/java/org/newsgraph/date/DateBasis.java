package org.newsgraph.date;

/** How a date mention got its value; it tells a reader how far to trust it. */
public enum DateBasis {
    /** The text gives day, month and year ("Nov. 5, 2023"). */
    EXPLICIT,
    /** The text gives day and month; the year comes from the article's other dates or its published date. */
    YEAR_FROM_CONTEXT,
    /** A weekday or "yesterday", resolved against the article's published date (sidecar or dateline). */
    RELATIVE_TO_PUBLISHED,
    /** "The same day", "a day earlier": resolved against a date stated earlier in the text. */
    RELATIVE_TO_TEXT,
    /** The text gives only part of a date and nothing resolves the rest; the value stays partial. */
    PARTIAL
}
