package org.handout.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.handout.source.MarkdownReader;

/**
 * Loads, on a second thread, the classes that a render needs, in the order it first needs them: while the main
 * thread reads the arguments and parses the source, this one reads, defines and verifies the layout's, the
 * writers' and the libraries' classes, on the processor's other core (issue 20). They are linked, not
 * initialized, so no static initializer runs out of its order or on this thread.
 *
 * <p>The list ({@code preload.txt}, next to this class) names the classes that a render of the sample loaded, but
 * for those in the JDK's shared archive: the build writes it (src/build/PreloadList.java). Without it, or with
 * {@code -Dorg.handout.preload=off} (the build's own run, and a measure of what this saves), no class is loaded.
 */
final class Preload implements Runnable {
    private Preload() {}

    /** Starts the thread, unless {@code -Dorg.handout.preload=off}. */
    static void start() {
        if ("off".equals(System.getProperty("org.handout.preload"))) {
            return;
        }
        Thread thread = new Thread(new Preload(), "preload");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        ClassLoader loader = Preload.class.getClassLoader();
        initialize(MarkdownReader.class.getName(), loader);
        try (InputStream list = Preload.class.getResourceAsStream("preload.txt")) {
            if (list == null) {
                return;
            }
            // Split by hand: this runs before anything is compiled, where a reader's loop per char is slow.
            String names = new String(list.readAllBytes(), StandardCharsets.ISO_8859_1);
            for (int start = 0, end; (end = names.indexOf('\n', start)) > start; start = end + 1) {
                link(names.substring(start, end), loader);
            }
        } catch (IOException e) {
            // Preloading only saves time: the render loads what it needs itself.
        }
    }

    /**
     * Initializes a class whose initializer touches only a library's classes, so that it cannot wait for a class
     * that the main thread is initializing: MarkdownReader's builds commonmark-java's parsers, a twentieth of a cold
     * render, which the main thread would otherwise do right after reading the source.
     */
    private static void initialize(String name, ClassLoader loader) {
        try {
            Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            // The render initializes it, and reports what fails.
        }
    }

    /** Loads and links (asking for its constructors links a class in HotSpot) without initializing. */
    private static void link(String name, ClassLoader loader) {
        try {
            Class.forName(name, false, loader).getDeclaredConstructors();
        } catch (ClassNotFoundException | LinkageError | SecurityException e) {
            // A class the log names but this build lacks, or cannot link: the render finds out for itself.
        }
    }
}
