package org.handout.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Edits a CSL style where citeproc-java would not follow it, so that what it formats keeps the
 * style's rules (each edit keeps the style's meaning for the one kind of citation it is made for):
 * <ul>
 * <li>{@code <if locator="chapter">} is not evaluated (it is always true, so APA writes "Page 33"):
 * the condition is decided here for a citation whose locator has a given label, and none for the
 * bibliography;
 * <li>{@code <label … plural="never"/>} is ignored ("pp. 241–84" in Vancouver): the label becomes
 * the singular term;
 * <li>a {@code <names>} element with its own name and label inside {@code <substitute>} is rendered
 * with the parent's instead (APA loses "(Eds.)"): it is wrapped in a group, which citeproc-java
 * renders as written;
 * <li>the delimiter of a {@code <date>} made of date parts is ignored ("2022Jun" in Vancouver): each
 * part after the first gets it as a prefix.
 * </ul>
 */
final class CiteprocFixes {
    /** A condition citeproc-java always finds true: every registered item has a citation number. */
    private static final Map<String, String> TRUE = Map.of("variable", "citation-number");
    /** A condition it always finds false: no item has this type. */
    private static final Map<String, String> FALSE = Map.of("type", "x-none");
    private static final Set<String> CONDITIONS = Set.of("disambiguate", "is-numeric", "is-uncertain-date", "locator",
            "position", "type", "variable");

    private record Edit(int start, int end, String replacement) {}

    private CiteprocFixes() {}

    /** The style for citations whose locator has {@code label} ("page", "chapter"…); null for none and for the bibliography. */
    static String style(String xml, String label) {
        StyleText text = new StyleText(xml);
        List<Edit> edits = new ArrayList<>();
        substitutes(text, edits);
        for (String name : new String[] {"if", "else-if"}) {
            for (StyleText.Tag tag = text.find(name, 0); tag != null; tag = text.find(name, tag.end())) {
                if (tag.attributes().containsKey("locator")) {
                    edits.add(new Edit(tag.start(), tag.end(), StyleText.startTag(name, decided(tag.attributes(), label),
                            text.empty(tag))));
                }
            }
        }
        for (StyleText.Tag tag = text.find("label", 0); tag != null; tag = text.find("label", tag.end())) {
            String variable = tag.attributes().getOrDefault("variable", "");
            String term = variable.equals("locator") ? label : variable.equals("page") || variable.equals("number-of-pages")
                    ? "page" : null;
            if ("never".equals(tag.attributes().get("plural")) && term != null && text.empty(tag)) {
                Map<String, String> attributes = new LinkedHashMap<>(tag.attributes());
                attributes.remove("variable");
                attributes.remove("plural");
                attributes.put("term", term);
                edits.add(new Edit(tag.start(), tag.end(), StyleText.startTag("text", attributes, true)));
            }
        }
        dateDelimiters(text, edits);
        edits.sort(Comparator.comparingInt(Edit::start).reversed().thenComparing(Edit::end, Comparator.reverseOrder()));
        StringBuilder out = new StringBuilder(xml);
        for (Edit edit : edits) {
            out.replace(edit.start(), edit.end(), edit.replacement());
        }
        return out.toString();
    }

    /** Whether the edits depend on a citation's locator label, so that each label needs its own style. */
    static boolean dependsOnLocator(String xml) {
        return xml.contains(" locator=\"") || xml.contains("plural=\"never\"");
    }

    /**
     * The condition with its locator test decided for {@code label}: when the locator test alone
     * decides the condition (it is the only test, or it fails under "all", or it holds under "any"),
     * the whole condition becomes true or false; otherwise only the locator test goes.
     */
    private static Map<String, String> decided(Map<String, String> attributes, String label) {
        String match = attributes.getOrDefault("match", "all");
        boolean holds = label != null && List.of(attributes.get("locator").split("\\s+")).contains(label.replace(' ', '-'))
                || label != null && List.of(attributes.get("locator").split("\\s+")).contains(label);
        boolean alone = attributes.keySet().stream().filter(CONDITIONS::contains).count() == 1;
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        rest.remove("locator");
        if (alone) {
            return match.equals("none") != holds ? TRUE : FALSE;
        }
        return switch (match) {
            case "any" -> holds ? TRUE : rest;
            case "none" -> holds ? FALSE : rest;
            default -> holds ? rest : FALSE;
        };
    }

    private static void dateDelimiters(StyleText text, List<Edit> edits) {
        for (StyleText.Tag date = text.find("date", 0); date != null; date = text.find("date", date.end())) {
            String delimiter = date.attributes().get("delimiter");
            if (delimiter == null || date.attributes().containsKey("form") || text.empty(date)) {
                continue;
            }
            List<StyleText.Tag> parts = text.children(date).stream().filter(t -> t.name().equals("date-part")).toList();
            for (StyleText.Tag part : parts.subList(Math.min(1, parts.size()), parts.size())) {
                if (!part.attributes().containsKey("prefix")) {
                    Map<String, String> attributes = new LinkedHashMap<>(part.attributes());
                    attributes.put("prefix", delimiter);
                    edits.add(new Edit(part.start(), part.end(), StyleText.startTag("date-part", attributes, text.empty(part))));
                }
            }
        }
    }

    /** Wraps each {@code <names>} with children that is a direct child of a {@code <substitute>} in a group. */
    private static void substitutes(StyleText text, List<Edit> edits) {
        for (StyleText.Tag substitute = text.find("substitute", 0); substitute != null;
                substitute = text.find("substitute", substitute.end())) {
            for (StyleText.Tag child : text.children(substitute)) {
                if (child.name().equals("names") && !text.empty(child)) {
                    edits.add(new Edit(child.start(), child.start(), "<group>"));
                    edits.add(new Edit(text.elementEnd(child), text.elementEnd(child), "</group>"));
                }
            }
        }
    }
}
