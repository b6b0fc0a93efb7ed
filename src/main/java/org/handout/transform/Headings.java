package org.handout.transform;

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
import org.handout.model.Inline;
import org.handout.model.InlineRewrite;
import org.handout.model.SourcePos;
import org.handout.model.UnicodeForms;

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
        return new Block.Heading(level, FRAGMENTS.rewrite(h.content()), uniqueId(text), h.pos());
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

    /**
     * Lower-case words joined by hyphens. The letters of every script are kept as written, with
     * their marks (NFC): Korean syllables stay whole, Tamil and Bengali vowel signs and the Arabic
     * hamza stay on their letters, so that an author's own {@code #fragment} finds its heading.
     */
    public static String slug(String text) {
        String words = UnicodeForms.nfc(text).toLowerCase(Locale.ROOT);
        String slug = OUTER_HYPHENS.matcher(NOT_WORD.matcher(words).replaceAll("-")).replaceAll("");
        if (slug.codePointCount(0, slug.length()) > 64) {
            slug = OUTER_HYPHENS.matcher(firstCharacters(slug, 64)).replaceAll("");
        }
        // Footnote and citation anchors own the fn-, fnref-, ref- and cite- prefixes.
        boolean reserved = RESERVED.matcher(slug).matches();
        return slug.isEmpty() || reserved || !Character.isLetter(slug.codePointAt(0)) ? "h-" + slug : slug;
    }

    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    private static final java.util.regex.Pattern OUTER_HYPHENS = java.util.regex.Pattern.compile("^-+|-+$");
    private static final java.util.regex.Pattern RESERVED = java.util.regex.Pattern.compile("(fn|fnref|ref|cite)-.*");

    /** At most {@code count} code points, never cutting a letter from its marks. */
    private static String firstCharacters(String text, int count) {
        java.text.BreakIterator characters = java.text.BreakIterator.getCharacterInstance(Locale.ROOT);
        characters.setText(text);
        int end = 0;
        for (int next = characters.next(); next != java.text.BreakIterator.DONE
                && text.codePointCount(0, next) <= count; next = characters.next()) {
            end = next;
        }
        return text.substring(0, end);
    }

    /** A fragment link as its target's id: percent-escapes decoded, NFC, as a browser compares them. */
    public static String fragment(String destination) {
        String id = destination.substring(1);
        try {
            id = java.net.URLDecoder.decode(id.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not a valid escape: the fragment is meant literally.
        }
        return "#" + UnicodeForms.nfc(id);
    }

    /** Fragment links name their target the way the ids are written. */
    @Override
    protected java.util.List<Inline> inlines(java.util.List<Inline> inlines,
            SourcePos pos) {
        return FRAGMENTS.rewrite(inlines);
    }

    private static final InlineRewrite FRAGMENTS = new InlineRewrite() {
        @Override
        public java.util.List<Inline> link(Inline.Link link) {
            String destination = link.destination().startsWith("#") ? fragment(link.destination()) : link.destination();
            return java.util.List.of(new Inline.Link(destination, link.title(),
                    rewrite(link.content()), link.pos()));
        }
    };

    private static String shorten(String s) {
        return s.length() > 50 ? s.substring(0, 47) + "..." : s;
    }
}
