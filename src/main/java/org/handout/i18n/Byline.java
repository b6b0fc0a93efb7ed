package org.handout.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.handout.model.Author;
import org.handout.model.Metadata;

/** The line under the title: authors, publication date and review, in the document's language. */
public final class Byline {
    private Byline() {}

    /** Empty when the front matter names no author and no dates. */
    public static String of(Metadata meta, Labels labels) {
        List<String> parts = new ArrayList<>();
        if (!meta.authors().isEmpty()) {
            StringJoiner names = new StringJoiner("; ");
            for (Author author : meta.authors()) {
                names.add(author.byline());
            }
            parts.add(labels.get("by") + " " + names);
        }
        if (meta.date() != null) {
            parts.add(labels.get("published") + " " + meta.date());
        }
        if (meta.reviewed() != null) {
            String reviewer = meta.reviewer() == null ? ""
                    : " (" + labels.get("reviewedBy").toLowerCase(Locale.ROOT) + " " + meta.reviewer() + ")";
            parts.add(labels.get("reviewed") + " " + meta.reviewed() + reviewer);
        }
        return String.join(" · ", parts);
    }
}
