package org.handout.pdf.layout;

import java.util.List;
import java.util.Map;

/**
 * The result of layout: pages, the root of the structure tree, the outline, and a readable name
 * for every anchor (for the /Contents of links that point at it).
 */
public record PageLayout(List<LaidOutPage> pages, Tag root, List<OutlineEntry> outline, Map<String, String> anchorNames) {}
