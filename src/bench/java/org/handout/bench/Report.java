package org.handout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.diagnostics.RenderFailure;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;

/**
 * Turns JMH's CSV result into the README's table: ours against openhtmltopdf from the same run,
 * per document and per page (each renderer divided by its own page count), and the linearity of
 * the 600-section document against the 60-section one.
 */
public final class Report {
    private Report() {}

    public static void main(String[] args) throws IOException, RenderFailure {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = csv(line);
            String method = cells.get(0).substring(cells.get(0).lastIndexOf('.', cells.get(0).lastIndexOf('.') - 1) + 1);
            String key = cells.size() > 7 && !cells.get(7).isEmpty() ? method + ":" + cells.get(7) : method;
            scores.put(key, Double.parseDouble(cells.get(4)));
            units.put(key, cells.get(6));
        }
        System.out.println("| benchmark | ours | openhtmltopdf | ours / theirs |");
        System.out.println("| --- | ---: | ---: | ---: |");
        Renderer renderer = new Renderer(RenderOptions.defaults());
        Peer peer = new Peer();
        Map<String, Double> oursPerPage = new LinkedHashMap<>();
        for (String doc : List.of("sample", "sections60", "sections600")) {
            Double ours = scores.get("RenderBenchmark.ours:" + doc);
            Double theirs = scores.get("RenderBenchmark.openhtmltopdf:" + doc);
            if (ours == null || theirs == null) {
                continue;
            }
            Renderer.Result result = renderer.render(doc + ".md", Handouts.bytes(doc), Path.of("fixtures"));
            int ourPages = pages(result.pdf());
            int theirPages = pages(peer.pdf(result.html()));
            row(doc + ", per document (ms)", ours, theirs);
            row(doc + ", per page (ms; pages " + ourPages + " / " + theirPages + ")", ours / ourPages, theirs / theirPages);
            oursPerPage.put(doc, ours / ourPages);
        }
        for (Map.Entry<String, Double> e : scores.entrySet()) {
            String key = e.getKey();
            if (!key.startsWith("RenderBenchmark") && !key.endsWith("openhtmltopdf")) {
                String peerKey = key.replace(".ours", ".openhtmltopdf");
                Double theirs = key.endsWith(".ours") ? scores.get(peerKey) : null;
                String label = key + " (" + units.get(key) + ")";
                if (theirs != null) {
                    row(label, e.getValue(), theirs);
                } else {
                    System.out.printf("| %s | %.3f | | |%n", label, e.getValue());
                }
            }
        }
        if (oursPerPage.containsKey("sections60") && oursPerPage.containsKey("sections600")) {
            System.out.printf("%nLinearity (ours, per page at 600 sections / at 60): %.2f%n",
                    oursPerPage.get("sections600") / oursPerPage.get("sections60"));
        }
    }

    private static void row(String label, double ours, double theirs) {
        System.out.printf("| %s | %.3f | %.3f | %.3f |%n", label, ours, theirs, ours / theirs);
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    /** One line of JMH's CSV: quoted cells, no embedded quotes. */
    private static List<String> csv(String line) {
        List<String> cells = new ArrayList<>();
        for (String cell : line.split(",", -1)) {
            cells.add(cell.replace("\"", ""));
        }
        return cells;
    }
}
