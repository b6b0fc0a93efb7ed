package org.handout.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * pdf.js in Node ({@code src/test/js/pdfjs-reader.mjs}, pdfjs-dist pinned by its lock file): what
 * Firefox's PDF viewer gives assistive technology, and its text layer. Its structure trees become
 * {@link AxTree.Node}s with the viewer's ARIA roles, so that a PDF can be read with the same code
 * as Chromium's accessibility tree of the HTML. Tests are skipped when Node or the module is
 * missing, unless REQUIRE_BROWSER=true or CI=true (as in CI, where {@code npm ci} installs it),
 * where that is a failure.
 */
public final class PdfJs {
    static final Path HARNESS = Path.of("src/test/js");

    /**
     * One PDF as pdf.js reads it: its title and language, pdf.js's warnings, the text layer's text
     * outside artifacts (items joined with nothing added at line ends, as Firefox joins them, a line
     * break after each page) and one tree whose children are the pages' structure trees, in page
     * order (pdf.js builds one per page).
     */
    public record Reading(String title, String lang, List<String> warnings, String text, AxTree.Node root) {}

    private PdfJs() {}

    /** Reads every file in one Node process; the readings are in the files' order. */
    public static List<Reading> read(List<Path> pdfs) throws IOException, InterruptedException {
        requireHarness();
        List<String> command = new ArrayList<>(List.of("node", HARNESS.resolve("pdfjs-reader.mjs").toString()));
        pdfs.forEach(p -> command.add(p.toString()));
        Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> lines;
        try (var out = node.inputReader(StandardCharsets.UTF_8)) {
            lines = out.lines().toList();
        }
        if (!node.waitFor(5, TimeUnit.MINUTES) || node.exitValue() != 0 || lines.size() != pdfs.size()) {
            throw new IOException("pdfjs-reader.mjs failed (exit " + node.exitValue() + ", " + lines.size() + " of "
                    + pdfs.size() + " files read)");
        }
        ObjectMapper json = new ObjectMapper();
        List<Reading> readings = new ArrayList<>();
        for (String line : lines) {
            JsonNode file = json.readTree(line);
            List<String> warnings = new ArrayList<>();
            file.get("warnings").forEach(w -> warnings.add(w.asText()));
            List<AxTree.Node> pages = new ArrayList<>();
            for (JsonNode page : file.get("pages")) {
                pages.add(new AxTree.Node("page", "", 0, nodes(page), true));
            }
            readings.add(new Reading(file.get("title").asText(null), file.get("lang").asText(null), warnings,
                    file.get("text").asText(), new AxTree.Node("document", "", 0, pages)));
        }
        return readings;
    }

    /** Structure types whose text stands apart from its neighbours', as a reader meets them. */
    private static final Set<String> BLOCKS = Set.of("Document", "Part", "Sect", "Div", "Aside", "P", "H1", "H2", "H3",
            "H4", "H5", "H6", "Title", "L", "LI", "Lbl", "LBody", "Table", "THead", "TBody", "TFoot", "TR", "TH", "TD",
            "Caption", "Figure", "BlockQuote", "Code", "Note", "FENote", "TOC", "TOCI", "TextLayer", "Link");

    /**
     * A structure element becomes a node with the viewer's role, named by its text. The viewer
     * turns /Alt (or /ActualText) into aria-label: that names an element with a role (a figure, a
     * header cell) in place of its content, but a browser ignores it on an element without one (a
     * Span), whose text is read instead.
     */
    private static List<AxTree.Node> nodes(JsonNode kids) {
        List<AxTree.Node> out = new ArrayList<>();
        for (JsonNode kid : kids) {
            if (kid.has("text")) {
                out.add(new AxTree.Node("StaticText", kid.get("text").asText(), 0, List.of()));
            } else if (kid.has("role")) {
                List<AxTree.Node> children = nodes(kid.get("children"));
                String role = kid.get("aria").isNull() ? "generic" : kid.get("aria").asText();
                boolean labelled = kid.has("alt") && !role.equals("generic");
                out.add(new AxTree.Node(role, labelled ? kid.get("alt").asText() : text(children),
                        kid.path("level").asInt(0), labelled ? List.of() : children, BLOCKS.contains(kid.get("role").asText())));
            }
        }
        return out;
    }

    private static String text(List<AxTree.Node> nodes) {
        StringBuilder text = new StringBuilder();
        for (AxTree.Node node : nodes) {
            text.append(node.role().equals("StaticText") ? node.name() : text(node.children()));
        }
        return text.toString();
    }

    private static void requireHarness() {
        boolean present = Files.isDirectory(HARNESS.resolve("node_modules/pdfjs-dist")) && nodeRuns();
        if (!present && ("true".equals(System.getenv("REQUIRE_BROWSER")) || "true".equals(System.getenv("CI")))) {
            fail("REQUIRE_BROWSER=true but node or " + HARNESS.resolve("node_modules/pdfjs-dist")
                    + " is missing: run npm ci in " + HARNESS);
        }
        assumeTrue(present, "no node or no pdfjs-dist in " + HARNESS + " (npm ci there): pdf.js tests skipped");
    }

    private static boolean nodeRuns() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
