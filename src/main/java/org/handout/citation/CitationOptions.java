package org.handout.citation;

import java.nio.file.Path;

/**
 * What the command line tells the citation stage: {@code style} is the {@code --csl} style id
 * (null: front matter's {@code csl:}, else AMA); a {@code bibliography:} file is looked up from
 * {@code sourceFolder} and must lie inside {@code resourceRoot}.
 */
public record CitationOptions(String style, Path sourceFolder, Path resourceRoot) {}
