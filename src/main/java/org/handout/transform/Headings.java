package org.handout.transform;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.InlineText;
import org.handout.model.Block;
import org.handout.model.BlockRewrite;
import org.handout.model.Document;

/**
 * Gives every heading a stable, unique id and a level that never skips. The rule: a heading may
 * go at most one level deeper than the heading it belongs under, and the document title counts as
 * level 1; a deeper heading is raised to that level, with a warning. Headings the author wrote as
 * siblings stay siblings: after a skipped level is raised (h2 → h4 shown as h3), the next h4 is an
 * h3 too, not a child of the first. (The title is the only level-1 heading a well-formed handout
 * has, but body level-1 headings are kept as siblings of it.)
 */
public final class Headings extends BlockRewrite {
    private final Diagnostics diagnostics;
    private final Map<String, Integer> nextSuffix = new HashMap<>();
    private final Set<String> ids = new HashSet<>(Set.of("main", "disclaimer", "disclaimer-heading", "title",
            "footnotes", "notes-heading", "top"));
    /** The open headings, outermost first: each one's level as written and as shown. */
    private final java.util.Deque<int[]> open = new java.util.ArrayDeque<>();

    private Headings(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public static Document apply(Document document, Diagnostics diagnostics) {
        return new Headings(diagnostics).document(document);
    }

    @Override
    public Block heading(Block.Heading h) {
        while (!open.isEmpty() && open.peekLast()[0] >= h.level()) {
            open.removeLast();
        }
        int parent = open.isEmpty() ? 1 : open.peekLast()[1];
        int level = Math.min(h.level(), parent + 1);
        String text = InlineText.of(h.content());
        if (level != h.level()) {
            diagnostics.warn(h.pos(), "heading '" + shorten(text) + "' skips from level " + parent + " to "
                    + h.level() + ": shown as level " + level);
        }
        open.addLast(new int[] {h.level(), level});
        return new Block.Heading(level, h.content(), uniqueId(text), h.pos());
    }

    private String uniqueId(String text) {
        String base = slug(text);
        String id = base;
        // Resume where this slug's last suffix was found, so that many equal headings stay linear.
        int n = nextSuffix.getOrDefault(base, 2);
        for (; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        nextSuffix.put(base, n);
        return id;
    }

    /** Lower-case words joined by hyphens; letters of every script are kept. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 64) {
            slug = slug.substring(0, 64).replaceAll("-+$", "");
        }
        // Footnote and citation anchors own the fn-, fnref-, ref- and cite- prefixes.
        boolean reserved = slug.matches("(fn|fnref|ref|cite)-.*");
        return slug.isEmpty() || reserved || !Character.isLetter(slug.codePointAt(0)) ? "h-" + slug : slug;
    }

    private static String shorten(String s) {
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }
}
