package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.handout.render.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written parser keeps the public command line: every option, both spellings, and the usage errors. */
class ArgumentsTest {
    private static final String TRY = "Try 'renderer --help'.";

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int code = Main.run(args, new PrintWriter(output, true), new PrintWriter(errors, true));
        out = output.toString();
        err = errors.toString();
        assertFalse(err.contains("\tat "), () -> "stack trace printed:\n" + err);
        return code;
    }

    private static Arguments parse(String... args) {
        return ArgumentParser.parse(args);
    }

    private void assertUsageError(String message, String... args) {
        assertEquals(2, run(args));
        assertEquals(List.of("renderer: " + message, TRY), err.lines().toList());
        assertEquals("", out);
    }

    @Test
    void defaultsMatchTheDocumentedOnes() {
        Arguments a = parse("in.md", "-o", "out");
        assertEquals(List.of("pdf", "html"), a.formats());
        assertEquals("en", a.lang);
        assertEquals(1, a.pdfUa);
        assertEquals(Limits.DEFAULT_INPUT_BYTES, a.maxInputBytes);
        assertEquals(Limits.DEFAULT_TABLE_COLUMNS, a.maxTableColumns);
        assertNull(a.pageSize);
        assertNull(a.disclaimerFile);
        assertFalse(a.strict || a.keepGoing || a.largePrint || a.archival || a.quiet || a.verbose || a.help || a.version);
    }

    @Test
    void everyOptionReachesItsOwnSetting() {
        Arguments a = parse("in.md", "--output", "out", "--lang", "fr", "--page-size", "a4", "--large-print",
                "--disclaimer-file", "d.md", "--resource-root", "img", "--csl", "apa", "--keep-going", "--strict",
                "--archival", "--pdf-ua", "2", "--date", "2024-05-01", "--max-input-bytes", "5000",
                "--max-table-columns", "9", "--quiet", "--verbose");
        assertEquals(Path.of("out"), a.output);
        assertEquals("fr", a.lang);
        assertEquals("a4", a.pageSize);
        assertEquals(Path.of("d.md"), a.disclaimerFile);
        assertEquals(Path.of("img"), a.resourceRoot);
        assertEquals("apa", a.csl);
        assertEquals(2, a.pdfUa);
        assertEquals("2024-05-01", a.date);
        assertEquals(5000, a.maxInputBytes);
        assertEquals(9, a.maxTableColumns);
        assertTrue(a.largePrint && a.keepGoing && a.strict && a.archival && a.quiet && a.verbose);
        assertFalse(a.help || a.version);
    }

    @Test
    void valueMayBeAttachedWithEqualsOrBeTheNextArgument() {
        Arguments attached = parse("in.md", "-o", "out", "--lang=de-CH", "--max-table-columns=12", "--date=");
        Arguments separate = parse("in.md", "-o", "out", "--lang", "de-CH", "--max-table-columns", "12", "--date", "");
        for (Arguments a : List.of(attached, separate)) {
            assertEquals("de-CH", a.lang);
            assertEquals(12, a.maxTableColumns);
            assertEquals("", a.date);
        }
        assertEquals("a=b", parse("in.md", "-o", "out", "--csl=a=b").csl);
    }

    @Test
    void shortOutputTakesAnAttachedValueAndShortFlagsGroup() {
        assertEquals(Path.of("out dir"), parse("in.md", "-oout dir").output);
        assertEquals(Path.of("out"), parse("in.md", "--output=out").output);
        Arguments grouped = parse("-qoout", "in.md");
        assertTrue(grouped.quiet);
        assertEquals(Path.of("out"), grouped.output);
    }

    @Test
    void optionsAndInputsComeInAnyOrder() {
        Arguments a = parse("a.md", "--strict", "b", "-o", "out", "-", "c.md");
        assertEquals(List.of(Path.of("a.md"), Path.of("b"), Path.of("-"), Path.of("c.md")), a.inputs);
        assertTrue(a.strict);
    }

    @Test
    void doubleDashMakesEverythingAfterItAnInput() {
        Arguments a = parse("-o", "out", "--", "-dash.md", "--strict", "--");
        assertEquals(List.of(Path.of("-dash.md"), Path.of("--strict"), Path.of("--")), a.inputs);
        assertFalse(a.strict);
        assertEquals(1, run("-o", dir.toString(), "--", "-missing.md"));
        assertEquals("-missing.md: error: no such file or folder", err.strip());
    }

    @Test
    void formatIsCommaSeparatedAndRepeatable() {
        assertEquals(List.of("html"), parse("in.md", "-o", "out", "--format", "html").formats());
        assertEquals(List.of("pdf", "html"), parse("in.md", "-o", "out", "--format=pdf,html").formats());
        assertEquals(List.of("html", "pdf"), parse("in.md", "-o", "out", "--format", "html", "--format=pdf").formats());
        assertEquals(2, run("in.md", "-o", dir.toString(), "--format", "pdf,docx"));
        assertEquals("renderer: unknown format 'docx': use pdf, html or pdf,html", err.strip());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertUsageError("unknown option '--foo'", "in.md", "-o", "out", "--foo");
        assertUsageError("unknown option '--foo'", "in.md", "-o", "out", "--foo=bar");
        assertUsageError("unknown option '-x'", "-x", "in.md", "-o", "out");
        assertUsageError("unknown option '-qx'", "-qx", "in.md", "-o", "out");
    }

    @Test
    void missingValueIsAUsageError() {
        assertUsageError("option '--lang' needs a value", "in.md", "-o", "out", "--lang");
        assertUsageError("option '-o' needs a value", "in.md", "-o");
        assertUsageError("option '-o' needs a value", "in.md", "-o", "--strict");
    }

    @Test
    void flagTakesNoValue() {
        assertUsageError("option '--strict' takes no value", "in.md", "-o", "out", "--strict=true");
    }

    @Test
    void outputAndInputAreRequired() {
        assertUsageError("missing the output folder: -o DIR", "in.md", "--strict");
        assertUsageError("missing INPUT: give at least one Markdown file or folder", "-o", "out");
        assertUsageError("missing INPUT: give at least one Markdown file or folder");
    }

    @Test
    void numericOptionsRejectWhatIsNotANumber() {
        assertUsageError("option '--pdf-ua' needs a number, not 'two'", "in.md", "-o", "out", "--pdf-ua", "two");
        assertUsageError("option '--max-input-bytes' needs a number, not '1e6'", "in.md", "-o", "out",
                "--max-input-bytes=1e6");
        assertUsageError("option '--max-table-columns' needs a number, not '99999999999'", "in.md", "-o", "out",
                "--max-table-columns", "99999999999");
    }

    @Test
    void checksAfterParsingKeepTheirMessagesWithoutTheHelpHint() {
        assertEquals(2, run("in.md", "-o", "out", "--pdf-ua", "3"));
        assertEquals(List.of("renderer: unknown PDF/UA part 3: use 1 or 2"), err.lines().toList());
        assertEquals(2, run("in.md", "-o", "out", "--page-size", "a5"));
        assertEquals(List.of("renderer: unknown page size 'a5': use a4 or letter"), err.lines().toList());
    }

    @Test
    void helpListsEveryOptionAndNeedsNoInput() {
        assertEquals(0, run("--help"));
        assertEquals("", err);
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("Usage: renderer "), out);
        assertTrue(String.join(" ", lines).contains(
                "Renders Markdown health handouts to tagged PDF (PDF/UA-1 + PDF/A-2a) and accessible HTML."), out);
        for (String label : List.of("INPUT...", "-o, --output=DIR", "--format=pdf|html|pdf,html", "--lang=TAG",
                "--page-size=a4|letter", "--large-print", "--disclaimer-file=FILE", "--resource-root=DIR",
                "--csl=STYLE", "--keep-going", "--strict", "--archival", "--pdf-ua=1|2", "--date=ISO-DATE",
                "--max-input-bytes=N", "--max-table-columns=N", "-q, --quiet", "--verbose", "-h, --help",
                "-V, --version")) {
            assertTrue(lines.stream().anyMatch(l -> l.strip().startsWith(label + " ") || l.strip().equals(label)),
                    () -> label + " missing from:\n" + out);
        }
        assertTrue(out.contains("Treat every warning as an error."), out);
        assertTrue(out.contains("  2   usage error"), out);
        assertTrue(lines.stream().allMatch(l -> l.length() <= 80), out);
        String help = out;
        assertEquals(0, run("in.md", "-h"));
        assertEquals(help, out);
    }

    @Test
    void versionPrintsOneLineAndNeedsNoInput() {
        assertEquals(0, run("--version"));
        assertTrue(out.matches("renderer \\S+\\R"), out);
        assertEquals("", err);
        assertEquals(0, run("-V"));
        assertTrue(out.startsWith("renderer "), out);
    }
}
