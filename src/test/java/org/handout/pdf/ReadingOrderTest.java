package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.handout.Fixtures;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The text gathered from the structure tree (marked content by MCID, in tag order) equals the
 * source's text in source order: nothing missing, nothing doubled, repeated table headers and
 * footers included in "nothing doubled".
 */
class ReadingOrderTest {

    @TestFactory
    Stream<DynamicTest> structureTreeReadsTheSourceInOrder() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            Renderer.Result result = render(fixture);
            String read = StructureText.read(result.pdf()).text();
            assertEquals(ExpectedText.squeeze(ExpectedText.of(result.document())), ExpectedText.squeeze(read));
        }));
    }

    @TestFactory
    Stream<DynamicTest> disclaimerIsReadRightAfterTheTitleBlock() {
        return Fixtures.all().map(fixture -> DynamicTest.dynamicTest(fixture.getFileName().toString(), () -> {
            Renderer.Result result = render(fixture);
            var elements = StructureText.read(result.pdf()).elements();
            var sections = elements.stream().filter(e -> e.type().equals("Sect")).toList();
            String heading = result.document().disclaimer().heading();
            assertTrue(!sections.isEmpty() && sections.get(sections.size() - 1).text().startsWith(heading)
                    || elements.stream().anyMatch(e -> e.type().equals("Sect") && e.text().startsWith(heading)));
            String read = StructureText.read(result.pdf()).text();
            int title = read.indexOf(result.document().meta().title());
            int disclaimer = read.indexOf(heading);
            assertEquals(0, title, "the title is read first");
            assertTrue(disclaimer > 0 && read.substring(result.document().meta().title().length(), disclaimer).length() < 200,
                    "the disclaimer follows the title block");
        }));
    }

    static Renderer.Result render(Path fixture) throws Exception {
        return new Renderer(RenderOptions.defaults()).render(fixture.toString(), Files.readAllBytes(fixture),
                fixture.getParent());
    }
}
