package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.handout.cli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line reports each problem as one line, never a stack trace, with the documented exit codes. */
class CliTest {
    @TempDir
    Path dir;

    private String err;

    private int run(String... args) {
        CommandLine run = CommandLine.run(args);
        err = run.err();
        return run.code();
    }

    private Path source(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, Pipeline.FRONT + body);
        return file;
    }

    @Test
    void strictTurnsAWarningIntoAnErrorAndExitOne() throws IOException {
        Path file = source("warn.md", "# Title\n\n#### Skips levels\n");
        assertEquals(0, run(file.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.contains(": warning: heading"), err);
        assertEquals(1, run(file.toString(), "-o", dir.resolve("strict").toString(), "--strict"));
        assertTrue(err.lines().anyMatch(l -> l.startsWith(file + ":7:1: error: heading") && l.endsWith("(--strict)")), err);
        assertFalse(Files.exists(dir.resolve("strict/warn.pdf")));
    }

    /** The contract: exit 1 when an input failed, and the others still render; exit 2 is for a misused command. */
    @Test
    void missingInputFailsAndTheOthersStillRender() throws IOException {
        Path good = source("good.md", "# Good\n\nText.\n");
        assertEquals(1, run(dir.resolve("nope.md").toString(), good.toString(), "-o", dir.resolve("out").toString()));
        assertTrue(err.lines().anyMatch(l -> l.equals(dir.resolve("nope.md") + ": error: no such file or folder")), err);
        assertTrue(Files.exists(dir.resolve("out/good.pdf")) && Files.exists(dir.resolve("out/good.html")));
    }

    @Test
    void unreadableInputIsOneLineAndExitOne() throws IOException {
        assumeFalse(isRoot(), "root reads every file");
        Path file = source("locked.md", "Text.\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("-w-------"));
        assertEquals(1, run(file.toString(), "-o", dir.resolve("out").toString()));
        assertEquals(file + ": error: permission denied: " + file, err.strip());
    }

    @Test
    void unwritableOutputFolderIsOneLineAndExitOne() throws IOException {
        assumeFalse(isRoot(), "root writes everywhere");
        Path file = source("ok.md", "Text.\n");
        Path out = Files.createDirectories(dir.resolve("readonly"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-x------"));
        assertEquals(1, run(file.toString(), "-o", out.toString()));
        assertEquals(List.of(file + ": error: permission denied: " + out), err.lines().toList());
    }

    @Test
    void outputPathThatIsAFileIsOneLineAndExitOne() throws IOException {
        Path file = source("ok.md", "Text.\n");
        Path out = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(1, run(file.toString(), "-o", out.toString()));
        assertEquals(List.of(file + ": error: a file is in the way of a folder: " + out), err.lines().toList());
    }

    @Test
    void oneFailingInputNeverStopsTheOthers() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("a.md"), Pipeline.FRONT + "Fine.\n");
        Files.write(folder.resolve("b.md"), new byte[] {'-', '-', (byte) 0xFF, '\n'});
        Files.writeString(folder.resolve("c.md"), Pipeline.FRONT + "Also fine.\n");
        Path out = dir.resolve("out");
        assertEquals(1, run(folder.toString(), "-o", out.toString(), "-q"));
        assertEquals(List.of(folder.resolve("b.md") + ":1:3: error: invalid UTF-8 byte 0xFF: the source must be UTF-8"),
                err.lines().toList());
        assertTrue(Files.exists(out.resolve("a.pdf")) && Files.exists(out.resolve("c.html")));
        assertFalse(Files.exists(out.resolve("b.pdf")));
    }

    @Test
    void limitOptionsApplyAndAreChecked() throws IOException {
        Path file = source("wide.md", "| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n");
        assertEquals(1, run(file.toString(), "-o", dir.toString(), "--max-table-columns", "2"));
        assertTrue(err.contains(file + ":5:1: error: the table has 3 columns, more than the limit of 2"), err);
        assertEquals(1, run(file.toString(), "-o", dir.toString(), "--max-input-bytes", "10"));
        assertTrue(err.contains("more than the limit of 10 (--max-input-bytes)"), err);
        assertEquals(2, run(file.toString(), "-o", dir.toString(), "--max-input-bytes", "0"));
    }

    /** A --date the PDF cannot carry would be dropped without a word: a misused command, and nothing is written. */
    @Test
    void aDateThePdfCannotCarryIsAUsageError() throws IOException {
        Path file = source("dated.md", "Text.\n");
        assertEquals(2, run(file.toString(), "-o", dir.resolve("out").toString(), "--date", "yesterday"));
        assertTrue(err.startsWith("renderer: --date 'yesterday' is not a full ISO 8601 date such as 2025-03-14 or "
                + "2025-03-14T09:30:00+01:00"), err);
        assertFalse(Files.exists(dir.resolve("out")));
        assertEquals(0, run(file.toString(), "-o", dir.resolve("out").toString(), "--date", "2025-03-14"));
        assertTrue(Files.exists(dir.resolve("out/dated.pdf")));
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
