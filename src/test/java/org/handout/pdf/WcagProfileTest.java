package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.handout.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Runs veraPDF's WCAG 2.2 machine profile (from ../shared/verapdf-profiles) over every fixture and
 * reports its failures in target/wcag-2-2-report.txt; there must be none. About a third of its
 * rules need veraPDF's wcag-algorithms module, which Maven Central does not serve, so those are
 * not evaluated here.
 */
class WcagProfileTest {

    @Test
    void wcagMachineProfileIsRunAndReported() throws Exception {
        Path profile = Fixtures.shared("verapdf-profiles/WCAG-2-2-Machine.xml");
        List<String> report = new ArrayList<>();
        for (Path fixture : Fixtures.all().toList()) {
            List<String> failures = VeraPdf.failures(PdfConformanceTest.render(fixture), profile);
            report.add(fixture.getFileName() + ": " + (failures.isEmpty() ? "no failed rules" : failures.size() + " failed rules"));
            failures.forEach(f -> report.add("  " + f));
        }
        Path out = Path.of("target", "wcag-2-2-report.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report, StandardCharsets.UTF_8);
        System.out.println(String.join("\n", report));
        assertTrue(report.stream().noneMatch(line -> line.startsWith("  ")), String.join("\n", report));
    }

    /** Guards the guard: the profile does fail an untagged page. */
    @Test
    void wcagProfileFailsAnUntaggedPdf() throws Exception {
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            plain.save(out);
            assertFalse(VeraPdf.failures(out.toByteArray(), Fixtures.shared("verapdf-profiles/WCAG-2-2-Machine.xml")).isEmpty());
        }
    }
}
