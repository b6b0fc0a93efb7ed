package org.handout.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.handout.render.Limits;
import org.handout.server.ServerSettings;

/** What the command line asked for, starting from the documented defaults; filled in by {@link ArgumentParser}. */
final class Arguments {
    private static final List<String> DEFAULT_FORMATS = List.of("pdf", "html");

    /** {@code renderer serve}: the editor page and the HTTP API instead of rendering files. */
    boolean serve;
    final List<Path> inputs = new ArrayList<>();
    Path output;
    private final List<String> formats = new ArrayList<>();
    String lang = "en";
    String pageSize;
    boolean largePrint;
    Path disclaimerFile;
    Path resourceRoot;
    String csl;
    Path theme;
    boolean keepGoing;
    boolean strict;
    boolean archival;
    int pdfUa = 1;
    String date;
    long maxInputBytes = Limits.DEFAULT_INPUT_BYTES;
    int maxTableColumns = Limits.DEFAULT_TABLE_COLUMNS;
    boolean quiet;
    boolean verbose;
    boolean help;
    boolean version;
    String host = "127.0.0.1";
    int port = ServerSettings.DEFAULT_PORT;
    String token;
    int renders = Runtime.getRuntime().availableProcessors();
    int queueWait = ServerSettings.DEFAULT_QUEUE_WAIT_SECONDS;
    int renderTimeout = ServerSettings.DEFAULT_RENDER_TIMEOUT_SECONDS;
    long maxRequestBytes = ServerSettings.DEFAULT_MAX_REQUEST_BYTES;

    /** The --format values, or pdf and html when none was given. */
    List<String> formats() {
        return formats.isEmpty() ? DEFAULT_FORMATS : formats;
    }

    /**
     * Stores an option's value (null for a flag). A {@link NumberFormatException} becomes a usage error naming
     * the option. --format replaces the default and may be repeated, each time with a comma-separated list.
     */
    void set(Option option, String value) {
        switch (option) {
            case INPUT -> inputs.add(Path.of(value));
            case OUTPUT -> output = Path.of(value);
            case FORMAT -> Collections.addAll(formats, value.split(","));
            case LANG -> lang = value;
            case PAGE_SIZE -> pageSize = value;
            case LARGE_PRINT -> largePrint = true;
            case DISCLAIMER_FILE -> disclaimerFile = Path.of(value);
            case RESOURCE_ROOT -> resourceRoot = Path.of(value);
            case CSL -> csl = value;
            case THEME -> theme = Path.of(value);
            case KEEP_GOING -> keepGoing = true;
            case STRICT -> strict = true;
            case ARCHIVAL -> archival = true;
            case PDF_UA -> pdfUa = Integer.parseInt(value);
            case DATE -> date = value;
            case MAX_INPUT_BYTES -> maxInputBytes = Long.parseLong(value);
            case MAX_TABLE_COLUMNS -> maxTableColumns = Integer.parseInt(value);
            case QUIET -> quiet = true;
            case VERBOSE -> verbose = true;
            case HELP -> help = true;
            case VERSION -> version = true;
            case HOST -> host = value;
            case PORT -> port = Integer.parseInt(value);
            case TOKEN -> token = value;
            case RENDERS -> renders = Integer.parseInt(value);
            case QUEUE_WAIT -> queueWait = Integer.parseInt(value);
            case RENDER_TIMEOUT -> renderTimeout = Integer.parseInt(value);
            case MAX_REQUEST_BYTES -> maxRequestBytes = Long.parseLong(value);
        }
    }
}
