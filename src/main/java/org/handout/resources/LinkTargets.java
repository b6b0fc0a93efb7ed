package org.handout.resources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.BibliographyEntry;
import org.handout.model.Block;
import org.handout.model.Document;
import org.handout.model.FootnoteDefinition;
import org.handout.model.Inline;
import org.handout.model.ModelWalk;
import org.handout.source.UrlPolicy;

/**
 * Checks where the document's own links go. A fragment link ({@code #dosage}) must name a heading,
 * note or reference of this document; a relative link must name a file beside the source. Either
 * kind that goes nowhere is a warning naming its line; a relative link to a missing file is also
 * recorded, so that the PDF, which cannot follow it anywhere, shows its text without a link.
 */
public final class LinkTargets extends ModelWalk {
    /** Anchors the writers make themselves. */
    private static final Set<String> PAGE_ANCHORS = Set.of("title", "disclaimer", "disclaimer-heading", "main",
            "footnotes", "notes-heading");

    private final Set<String> ids = new HashSet<>(PAGE_ANCHORS);
    private final List<Inline.Link> links = new ArrayList<>();

    private LinkTargets() {}

    public static Document check(Document document, Path sourceFolder, Diagnostics diagnostics) {
        LinkTargets walk = new LinkTargets();
        for (FootnoteDefinition note : document.footnotes()) {
            walk.ids.add(note.id());
            walk.ids.addAll(note.calls());
        }
        walk.document(document);
        Set<String> missing = new LinkedHashSet<>();
        Path folder = sourceFolder.toAbsolutePath().normalize();
        for (Inline.Link link : walk.links) {
            String destination = link.destination();
            if (destination.startsWith("#")) {
                String id = decode(destination.substring(1));
                if (!walk.ids.contains(id) && !walk.ids.contains(destination.substring(1))) {
                    diagnostics.warn(link.pos(), "link to '" + destination + "' goes nowhere: no heading, note or"
                            + " reference of this document has that id");
                }
            } else if (isLocalFile(destination) && !exists(folder, destination)) {
                missing.add(destination);
                diagnostics.warn(link.pos(), "link to '" + destination + "' names no file beside the source:"
                        + " the PDF shows its text without a link");
            }
        }
        return missing.isEmpty() ? document : document.withMissingFiles(missing);
    }

    /** A relative path such as "forms/list.pdf": not a URL with a scheme, a fragment, or a site path. */
    private static boolean isLocalFile(String destination) {
        return UrlPolicy.allowed(destination) && !UrlPolicy.remote(destination) && destination.indexOf(':') < 0
                && !destination.startsWith("/") && !destination.startsWith("?") && !destination.isBlank();
    }

    private static boolean exists(Path folder, String destination) {
        String path = decode(destination.replaceAll("[?#].*$", ""));
        try {
            return path.isEmpty() || Files.exists(folder.resolve(path).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    @Override
    public Void heading(Block.Heading heading) {
        if (heading.id() != null) {
            ids.add(heading.id());
        }
        return super.heading(heading);
    }

    @Override
    public Void bibliography(Block.Bibliography bibliography) {
        for (BibliographyEntry entry : bibliography.entries()) {
            ids.add(entry.id());
            ids.addAll(entry.citations());
        }
        return super.bibliography(bibliography);
    }

    @Override
    public Void link(Inline.Link link) {
        links.add(link);
        return super.link(link);
    }

    @Override
    public Void citation(Inline.Citation citation) {
        ids.add(citation.id());
        return super.citation(citation);
    }
}
