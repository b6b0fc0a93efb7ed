package org.handout.pdf.layout;

/**
 * One line of a paragraph: code points [start, end) of its shaped text. {@code width} excludes
 * trailing spaces; {@code hyphen} is true when the line ends at a soft hyphen that must show.
 */
record Line(int start, int end, float width, float size, boolean hyphen) {}
