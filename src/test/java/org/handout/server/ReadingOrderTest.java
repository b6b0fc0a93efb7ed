package org.handout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.handout.Fixtures;
import org.handout.pdf.StructureText;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's reading-order picture against independent readers: its items follow the structure text that
 * PDFBox's marked-content extractor reads, figures carry their /Alt, and every word poppler finds on a page lies in
 * a numbered box or an artifact, while every numbered text box holds a word.
 */
class ReadingOrderTest {
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">");
    private static final Pattern PAGE = Pattern.compile("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> itemsFollowTheStructureText() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] pdf = render(fixture);
            ReadingOrder order = ReadingOrder.of(pdf, 0, 0.1f);
            StructureText structure = StructureText.read(pdf);
            String read = squeeze(structure.text());
            int at = 0;
            for (ReadingOrder.Item item : order.items()) {
                String text = squeeze(item.alt() != null ? item.alt() : item.text().replace("…", ""));
                String start = text.substring(0, Math.min(40, text.length()));
                int found = read.indexOf(start, at);
                assertTrue(found >= at, () -> "item " + item + " not found in order after " + read.substring(0,
                        Math.min(read.length(), 80)));
                at = found;
            }
            List<String> alts = structure.elements().stream().filter(e -> e.type().equals("Figure"))
                    .map(StructureText.Element::text).toList();
            assertEquals(alts, order.items().stream().filter(i -> i.role().equals("Figure")).map(ReadingOrder.Item::alt)
                    .toList());
        }));
    }

    @TestFactory
    Stream<DynamicTest> popplersWordsLieInTheBoxes() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            byte[] pdf = render(fixture);
            ReadingOrder order = ReadingOrder.of(pdf, 100, 0.1f);
            List<List<double[]>> words = popplerWords(pdf);
            assertEquals(order.pageCount(), words.size());
            for (ReadingOrder.Page page : order.pages()) {
                List<double[]> onPage = words.get(page.number() - 1);
                List<ReadingOrder.Area> areas = new ArrayList<>();
                page.marks().forEach(m -> areas.add(m.area()));
                page.artifacts().stream().filter(a -> !a.drawing()).forEach(a -> areas.add(a.area()));
                for (double[] word : onPage) {
                    assertTrue(areas.stream().anyMatch(a -> inside(word, a)),
                            () -> "page " + page.number() + ": the word at " + word[0] + "," + word[1] + " is in no box");
                }
                for (ReadingOrder.Mark mark : page.marks()) {
                    String role = order.items().get(mark.item() - 1).role();
                    assertTrue(role.equals("Figure") || onPage.stream().anyMatch(w -> overlaps(w, mark.area())),
                            () -> "page " + page.number() + ": box " + mark + " holds no word");
                }
            }
        }));
    }

    /** Whether a word's centre lies in the area (with a sliver of slack for rounding). */
    private static boolean inside(double[] word, ReadingOrder.Area area) {
        double x = (word[0] + word[2]) / 2;
        double y = (word[1] + word[3]) / 2;
        double slack = 0.002;
        return x >= area.left() - slack && x <= area.left() + area.width() + slack
                && y >= area.top() - slack && y <= area.top() + area.height() + slack;
    }

    /** Whether a word and the area share any part: a box may hold part of a word (a link inside it). */
    private static boolean overlaps(double[] word, ReadingOrder.Area area) {
        return word[0] < area.left() + area.width() && word[2] > area.left()
                && word[1] < area.top() + area.height() && word[3] > area.top();
    }

    /** Every word poppler's pdftotext finds, by page: its box as fractions of the page from its top left. */
    private List<List<double[]>> popplerWords(byte[] pdf) throws IOException, InterruptedException {
        Path file = Files.write(dir.resolve("words.pdf"), pdf);
        Process poppler = new ProcessBuilder("pdftotext", "-bbox", file.toString(), "-").redirectErrorStream(true).start();
        String xhtml = new String(poppler.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(poppler.waitFor(60, TimeUnit.SECONDS) && poppler.exitValue() == 0, xhtml);
        List<List<double[]>> pages = new ArrayList<>();
        for (String page : xhtml.split("</page>")) {
            Matcher size = PAGE.matcher(page);
            if (!size.find()) {
                continue;
            }
            double width = Double.parseDouble(size.group(1));
            double height = Double.parseDouble(size.group(2));
            List<double[]> words = new ArrayList<>();
            Matcher word = WORD.matcher(page);
            while (word.find()) {
                words.add(new double[] {Double.parseDouble(word.group(1)) / width, Double.parseDouble(word.group(2)) / height,
                        Double.parseDouble(word.group(3)) / width, Double.parseDouble(word.group(4)) / height});
            }
            pages.add(words);
        }
        return pages;
    }

    private static String squeeze(String text) {
        return text.replaceAll("[\\s\u00ad]+", "");
    }

    private static byte[] render(Path fixture) throws Exception {
        return new Renderer(RenderOptions.defaults()).render(fixture.toString(), Files.readAllBytes(fixture),
                fixture.getParent()).pdf();
    }
}
