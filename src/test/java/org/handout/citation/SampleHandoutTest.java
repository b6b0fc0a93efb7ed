package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;

/** The sample handout's "Research Studies" entry keeps the author's words, linked to its DOI in both outputs. */
class SampleHandoutTest {
    private static final String DOI = "https://doi.org/10.1111/nyas.12223";

    @Test
    void researchStudiesEntryLinksItsDoi() throws Exception {
        Path fixture = Path.of("fixtures/magnesium-treatment-for-depression.md");
        Renderer.Result result = new Renderer(RenderOptions.defaults()).render(fixture.toString(),
                Files.readAllBytes(fixture), fixture.getParent());
        assertTrue(result.html().contains("<section role=\"doc-bibliography\" aria-labelledby=\"research-studies\">"));
        assertTrue(result.html().contains("<li id=\"ref-1\"><span class=\"label\">1.</span> Zarate C, Duman RS"));
        assertTrue(result.html().contains("“New paradigms for treatment-resistant depression.” Ann N Y Acad Sci. 2013 Jul;1292(1):21-31."
                + " doi: <a href=\"" + DOI + "\">10.1111/nyas.12223</a>."), "the entry as written, with no style asked for");
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(result.pdf())) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
        }
        assertTrue(uris.contains(DOI), uris.toString());
    }
}
