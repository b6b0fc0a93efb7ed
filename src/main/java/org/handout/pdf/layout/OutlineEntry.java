package org.handout.pdf.layout;

/** A bookmark: a heading's text, level and structure element, and where it is. */
public record OutlineEntry(String text, int level, Tag tag, int page, float y) {}
