package org.handout.browser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Chromium's accessibility tree of the loaded page, as CDP's {@code Accessibility.getFullAXTree}
 * gives it to assistive technology: ignored nodes are left out (their children take their place)
 * and so are inline text boxes, which only split static text into lines.
 */
public final class AxTree {
    /** Roles that screen readers list as landmarks (DPUB's bibliography and endnotes are landmarks too). */
    public static final Set<String> LANDMARKS = Set.of("banner", "main", "contentinfo", "region", "complementary",
            "navigation", "form", "search", "doc-bibliography", "doc-endnotes", "doc-toc", "doc-glossary");

    /**
     * Roles whose text stands apart from its neighbours': a word never runs on across their edge.
     * A link is one of them: a reader announces each link on its own. Generic nodes (a span, a
     * sup, but also a section) are taken as inline: text written together reads together ("H<sub>2</sub>O").
     */
    private static final Set<String> BLOCKS = Set.of("paragraph", "heading", "listitem", "ListMarker", "list", "cell",
            "columnheader", "rowheader", "row", "table", "caption", "figure", "image", "img", "blockquote", "code",
            "region", "main", "banner", "contentinfo", "group", "note", "term", "definition", "DescriptionListTerm",
            "DescriptionListDetail", "DisclosureTriangle", "checkbox", "LineBreak", "separator", "doc-bibliography",
            "doc-endnotes", "link", "doc-backlink", "doc-noteref", "doc-biblioref");

    /**
     * One node: its role, accessible name, heading level (0 if none), children, and whether its
     * text stands apart from the text around it ({@code block}).
     */
    public record Node(String role, String name, int level, List<Node> children, boolean block) {
        public Node(String role, String name, int level, List<Node> children) {
            this(role, name, level, children, BLOCKS.contains(role));
        }

        /** This node and everything under it, in tree order. */
        public void walk(Consumer<Node> visitor) {
            visitor.accept(this);
            for (Node child : children) {
                child.walk(visitor);
            }
        }

        public List<Node> all(String wantedRole) {
            List<Node> found = new ArrayList<>();
            walk(n -> {
                if (n.role.equals(wantedRole)) {
                    found.add(n);
                }
            });
            return found;
        }
    }

    private AxTree() {}

    @SuppressWarnings("unchecked")
    public static Node of(ChromeDriver driver) {
        driver.executeCdpCommand("Accessibility.enable", Map.of());
        List<Map<String, Object>> raw = (List<Map<String, Object>>) driver
                .executeCdpCommand("Accessibility.getFullAXTree", Map.of()).get("nodes");
        Map<String, Map<String, Object>> byId = new HashMap<>();
        for (Map<String, Object> node : raw) {
            byId.put((String) node.get("nodeId"), node);
        }
        Map<String, Object> root = raw.stream().filter(n -> n.get("parentId") == null).findFirst().orElseThrow();
        return build(root, byId).get(0);
    }

    /** The node, or its children when it is ignored; nothing for an inline text box. */
    @SuppressWarnings("unchecked")
    private static List<Node> build(Map<String, Object> node, Map<String, Map<String, Object>> byId) {
        List<Node> children = new ArrayList<>();
        for (Object id : (List<Object>) node.getOrDefault("childIds", List.of())) {
            Map<String, Object> child = byId.get((String) id);
            if (child != null) {
                children.addAll(build(child, byId));
            }
        }
        String role = value(node.get("role"));
        if (Boolean.TRUE.equals(node.get("ignored")) || role == null) {
            return children;
        }
        if (role.equals("InlineTextBox")) {
            return List.of();
        }
        return List.of(new Node(role, value(node.get("name")), level(node), children));
    }

    @SuppressWarnings("unchecked")
    private static String value(Object property) {
        if (property instanceof Map<?, ?> map && map.get("value") != null) {
            return String.valueOf(((Map<String, Object>) map).get("value"));
        }
        return property == null ? null : "";
    }

    @SuppressWarnings("unchecked")
    private static int level(Map<String, Object> node) {
        for (Map<String, Object> property : (List<Map<String, Object>>) node.getOrDefault("properties", List.of())) {
            if ("level".equals(property.get("name"))) {
                return ((Number) ((Map<String, Object>) property.get("value")).get("value")).intValue();
            }
        }
        return 0;
    }
}
