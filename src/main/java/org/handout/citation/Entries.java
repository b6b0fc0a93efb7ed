package org.handout.citation;

import java.util.ArrayList;
import java.util.List;

import org.handout.model.BibliographyEntry;
import org.handout.model.CitedWork;
import org.handout.model.Inline;
import org.handout.model.InlineText;

import de.undercouch.citeproc.csl.CSLItemData;

/** Makes the model's bibliography entries: formatted text with linked identifiers, and what the work is. */
final class Entries {
    private Entries() {}

    /** Structured sources take the style's text; free text stays exactly as written. */
    static BibliographyEntry of(Source source, String html) {
        CslHtml.Entry formatted = CslHtml.entry(html);
        List<Inline> content = source.data == null ? source.text : withIdentifiers(formatted.content(), source.data);
        return new BibliographyEntry(source.id, formatted.label(), Identifiers.link(content),
                List.copyOf(source.citations), work(source));
    }

    /** Identifiers the style leaves out stay with the entry, so that they are still linked. */
    private static List<Inline> withIdentifiers(List<Inline> formatted, CSLItemData item) {
        String text = InlineText.of(formatted);
        List<String> missing = new ArrayList<>();
        if (item.getDOI() != null && !text.contains(item.getDOI())) {
            missing.add("doi: " + item.getDOI());
        }
        if (item.getPMID() != null && !text.contains(item.getPMID())) {
            missing.add("PMID: " + item.getPMID());
        }
        if (item.getPMCID() != null && !text.contains(item.getPMCID())) {
            missing.add(item.getPMCID());
        }
        if (missing.isEmpty()) {
            return formatted;
        }
        List<Inline> out = new ArrayList<>(formatted);
        out.add(new Inline.Text((text.endsWith(".") ? " " : ". ") + String.join(". ", missing) + "."));
        return out;
    }

    private static CitedWork work(Source source) {
        CSLItemData item = source.data;
        if (item == null) {
            String text = InlineText.of(source.text);
            return new CitedWork("article", text, List.of(), null, null, Identifiers.first(text, Identifiers.Kind.DOI),
                    Identifiers.first(text, Identifiers.Kind.PMID), Identifiers.first(text, Identifiers.Kind.URL));
        }
        return new CitedWork(item.getType() == null ? "article" : item.getType().toString(), item.getTitle(),
                Names.full(item), Names.date(item), item.getContainerTitle(), item.getDOI(), item.getPMID(), item.getURL());
    }
}
