package org.handout.cli;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Runs a command-line render in a second JVM, started with the options that a jar cannot give the JVM it runs in
 * (issue 20, README "Performance"). A render of a second or a few on two cores is bound by processor time, and the
 * JVM's defaults spend it on what only pays back in a long-lived process:
 * <ul>
 *   <li>{@code -XX:TieredStopAtLevel=1}: C1 alone, at its optimized level, unless
 *       {@code -Dorg.handout.compiler=default} asks for the JVM's usual compilers; on two cores or one, in one
 *       compiler thread, not two that take the cores from the render.</li>
 *   <li>{@code -XX:+UseSerialGC}, unless the user chose a collector: a render's live data is small, and G1's
 *       barriers and its concurrent threads cost more than its short pauses save (a batch of 100 handouts took 7 %
 *       less processor time, 600 sections 15 % less).</li>
 *   <li>{@code -XX:+UseTransparentHugePages}, where the kernel gives them on request: the heap in 2 MiB pages. Each
 *       4 KiB page that the heap touches first costs a page fault; a batch of 100 handouts took 42,000 of them, a
 *       tenth of its processor time on a virtual machine.</li>
 *   <li>{@code -XX:SharedArchiveFile}: the class-data-sharing archive that {@code mvn package} writes beside the
 *       jar, when it is there. Java does not use an archive of another build of the jar, or of a jar at another
 *       path, and says so on stdout: that notice is turned off.</li>
 * </ul>
 * The second JVM gets this one's command line after those options, so what the user gave (a JVM option, a system
 * property, the arguments) is the same there and wins over ours; it has this one's standard streams, and its exit
 * code is this one's. This one renders itself when told {@code -Dorg.handout.relaunch=off}, when it is not HotSpot,
 * when its command line cannot be read (it is read from Linux's {@code /proc}), when {@code JAVA_TOOL_OPTIONS} is
 * set (the second JVM would print its notice again), and when it is writing a class-data-sharing archive (which
 * must record the render's classes). The second JVM is told that property ({@code second}), so it never starts a
 * third, and knows that the first has checked what the first checks at its start ({@link #isSecond}).
 */
final class Relaunch {
    private static final String PROPERTY = "org.handout.relaunch";
    private static final String SECOND = "second";
    private static final List<String> ARCHIVE_DUMPS =
            List.of("-XX:ArchiveClassesAtExit", "-Xshare:dump", "-XX:DumpLoadedClassList");

    private Relaunch() {}

    /**
     * Initializes, on a thread of its own, the JDK's process classes that {@link #run} will need: they are not in
     * the JDK's class-data archive, and their initializers make Java's first lambdas and the process reaper's thread
     * pool, 40-50 ms before the second JVM can start, of which this overlaps what the main thread does until then
     * (reading the arguments and this JVM's command line). Not for {@code serve}, which stays in this JVM.
     */
    static void prepare(String[] args) {
        if (wanted() && !(args.length > 0 && args[0].equals("serve"))) {
            new Prepare().start();
        }
    }

    /**
     * Runs this process's command line again in a second JVM and returns its exit code; empty when this JVM should
     * render itself, or the second could not be started.
     */
    static OptionalInt run() {
        if (!wanted()) {
            return OptionalInt.empty();
        }
        Optional<List<String>> arguments = commandLine();
        if (arguments.isEmpty() || dumpsAnArchive(arguments.get())) {
            return OptionalInt.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(new File(new File(System.getProperty("java.home"), "bin"), "java").getPath());
        // This JVM has checked the user's options at its start; one of ours that a build of HotSpot lacks is skipped.
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.addAll(options(arguments.get()));
        command.add("-D" + PROPERTY + "=" + SECOND);
        command.addAll(arguments.get());
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
        Runtime.getRuntime().addShutdownHook(new Stop(process));
        return OptionalInt.of(waitFor(process));
    }

    /** Whether this JVM is the second, started by {@link #run}. */
    static boolean isSecond() {
        return SECOND.equals(System.getProperty(PROPERTY));
    }

    private static boolean wanted() {
        String vm = System.getProperty("java.vm.name", "");
        // OpenJDK's builds name their VM "OpenJDK 64-Bit Server VM", Oracle's "Java HotSpot(TM) 64-Bit Server VM".
        return System.getProperty(PROPERTY) == null && (vm.contains("OpenJDK") || vm.contains("HotSpot"))
                && System.getenv("JAVA_TOOL_OPTIONS") == null && System.getenv("_JAVA_OPTIONS") == null;
    }

    /**
     * This JVM's command line after the program's name, from Linux's {@code /proc}: {@code ProcessHandle.Info} gives
     * none when it is longer than a page, as a class path of a few dozen jars is.
     */
    private static Optional<List<String>> commandLine() {
        try {
            byte[] bytes = read("/proc/self/cmdline");
            // The launcher decoded its arguments in the platform's encoding, and ProcessBuilder encodes them in it.
            Charset encoding = Charset.forName(System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name()));
            List<String> arguments = new ArrayList<>();
            for (int start = 0, end; start < bytes.length; start = end + 1) {
                end = start;
                while (end < bytes.length && bytes[end] != 0) {
                    end++;
                }
                arguments.add(new String(bytes, start, end - start, encoding));
            }
            return arguments.isEmpty() ? Optional.empty() : Optional.of(arguments.subList(1, arguments.size()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean dumpsAnArchive(List<String> arguments) {
        for (String dump : ARCHIVE_DUMPS) {
            if (anyArgument(arguments, dump, "")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an argument starts and ends so (a loop, not a stream: no lambda before the second JVM starts). */
    private static boolean anyArgument(List<String> arguments, String start, String end) {
        for (String argument : arguments) {
            if (argument.startsWith(start) && argument.endsWith(end)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> options(List<String> arguments) {
        List<String> options = new ArrayList<>();
        if (!"default".equals(System.getProperty("org.handout.compiler"))) {
            options.add("-XX:TieredStopAtLevel=1");
            if (Runtime.getRuntime().availableProcessors() <= 2) {
                options.add("-XX:CICompilerCount=1");
            }
        }
        // Naming a second collector would be an error.
        if (!anyArgument(arguments, "-XX:+Use", "GC")) {
            options.add("-XX:+UseSerialGC");
        }
        if (hugePagesOnRequest()) {
            options.add("-XX:+UseTransparentHugePages");
        }
        File archive = archive();
        if (archive != null) {
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xlog:cds*=off");
        }
        return options;
    }

    /** The kernel's setting: "always" gives them without asking, "never" not at all. */
    private static boolean hugePagesOnRequest() {
        try {
            return new String(read("/sys/kernel/mm/transparent_hugepage/enabled"), StandardCharsets.US_ASCII)
                    .contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** {@code renderer.jsa} beside {@code renderer.jar}, when this code runs from a jar that has one; else null. */
    private static File archive() {
        File jar = OwnJar.file();
        if (jar == null) {
            return null;
        }
        String name = jar.getName();
        File archive = new File(jar.getParentFile(), name.substring(0, name.length() - ".jar".length()) + ".jsa");
        return archive.isFile() ? archive : null;
    }

    /**
     * Initializes the process classes (see {@link #prepare}); a class of its own, not a method reference, whose
     * lambda would make the main thread bootstrap Java's lambdas first.
     */
    private static final class Prepare extends Thread {
        Prepare() {
            super("relaunch");
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                Class.forName("java.lang.ProcessImpl", true, null);
                Class.forName("java.lang.ProcessHandleImpl", true, null);
            } catch (ClassNotFoundException | LinkageError e) {
                // Another JDK's layout: ProcessBuilder initializes what it has when it starts the JVM.
            }
        }
    }

    /** On a signal that ends this JVM (Ctrl-C, kill), ends the render too, as it would have ended it here. */
    private static final class Stop extends Thread {
        private final Process process;

        Stop(Process process) {
            this.process = process;
        }

        @Override
        public void run() {
            process.destroy();
            waitFor(process);
        }
    }

    /**
     * A small file read whole with java.io, whose classes the JVM has loaded already: java.nio's file channels are
     * not in the JDK's archive, and this runs before the second JVM starts.
     */
    private static byte[] read(String file) throws IOException {
        try (FileInputStream in = new FileInputStream(file)) {
            return in.readAllBytes();
        }
    }

    private static int waitFor(Process process) {
        while (true) {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                // Only the render's end ends the wait.
            }
        }
    }
}
