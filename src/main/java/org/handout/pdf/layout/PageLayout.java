package org.handout.pdf.layout;

import java.util.List;
import java.util.Map;

/**
 * The result of layout: pages, the root of the structure tree, the outline, a readable name for
 * every anchor (for the /Contents of links that point at it), and the house style's organisation
 * (for the metadata's dc:publisher), or null.
 */
public record PageLayout(List<LaidOutPage> pages, Tag root, List<OutlineEntry> outline, Map<String, String> anchorNames,
        String publisher) {}
