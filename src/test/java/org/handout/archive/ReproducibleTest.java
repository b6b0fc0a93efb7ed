package org.handout.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.handout.Fixtures;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input and options give the same bytes: across runs, JVMs, locales and time zones. */
class ReproducibleTest {

    @Test
    void renderingTwiceGivesIdenticalBytes() throws Exception {
        for (Conformance conformance : Conformance.values()) {
            RenderOptions options = RenderOptions.defaults().withPdf(RenderOptions.defaults().pdf().withConformance(conformance, true));
            for (Path fixture : Fixtures.all().toList()) {
                Renderer.Result first = new Renderer(options).render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
                Renderer.Result second = new Renderer(options).render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
                assertArrayEquals(first.pdf(), second.pdf(), fixture + " PDF, " + conformance);
                assertEquals(first.html(), second.html(), fixture + " HTML");
            }
        }
    }

    @Test
    void anotherJvmWithAnotherLocaleAndTimeZoneGivesIdenticalBytes(@TempDir Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Duser.timezone=Pacific/Kiritimati",
                "-Dfile.encoding=ISO-8859-1", "-cp", System.getProperty("java.class.path"), "org.handout.cli.Main",
                "-q", "-o", out.toString()));
        List<Path> fixtures = Fixtures.all().toList();
        fixtures.forEach(f -> command.add(f.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), output);
        for (Path fixture : fixtures) {
            Renderer.Result here = new Renderer(RenderOptions.defaults())
                    .render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
            String name = fixture.getFileName().toString().replaceFirst("\\.md$", "");
            assertArrayEquals(here.pdf(), Files.readAllBytes(out.resolve(name + ".pdf")), name + ".pdf");
            assertEquals(here.html(), Files.readString(out.resolve(name + ".html"), StandardCharsets.UTF_8), name + ".html");
        }
    }
}
