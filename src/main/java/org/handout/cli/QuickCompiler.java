package org.handout.cli;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells HotSpot to compile this process's code with its quick compiler (C1) only. A command-line render lives a
 * second or a few: on two cores the optimizing compiler (C2) spent as much processor time as the render itself
 * and had not paid it back when the process ended, even over a 1,000-handout batch (issue 20, README
 * "Performance"). {@code -XX:TieredStopAtLevel=1} would say so, but a jar cannot carry JVM options and the
 * README's command is a plain {@code java -jar}; so the process adds a compiler directive that excludes C2, with
 * the JVM's own diagnostic command {@code Compiler.directives_add} (what {@code jcmd PID Compiler.directives_add}
 * runs). A method then stops at C1's fully optimized level, with no profiling.
 *
 * <p>Only {@link Main#main} asks for this, for a render: never {@code serve}, which runs long enough for C2, and
 * never a test or benchmark that calls {@link Main#run} in its own JVM. {@code -Dorg.handout.compiler=default}
 * leaves the JVM's compilers as they are. The command is reached through the JDK's internal
 * {@code DiagnosticCommandImpl}, which the jar's manifest opens ({@code Add-Opens}): the public route, the platform
 * MBean server, took 200 ms to start, more than a render of the sample. Any failure (another JVM, a runtime without
 * jdk.management) leaves the compilers as they are: this only saves time.
 */
final class QuickCompiler {
    private static final String DIRECTIVE = "[{match: \"*.*\", c2: {Exclude: true}}]";

    private QuickCompiler() {}

    static boolean wanted() {
        return !"default".equals(System.getProperty("org.handout.compiler"));
    }

    /** Returns whether the JVM took the directive. */
    static boolean install() {
        Path file = Path.of(System.getProperty("java.io.tmpdir"), "renderer-c1-" + ProcessHandle.current().pid() + ".json");
        try {
            Files.write(file, DIRECTIVE.getBytes(StandardCharsets.US_ASCII), StandardOpenOption.CREATE_NEW);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        try {
            // Its initializer loads the native library that the diagnostic commands are bound in.
            Class.forName("com.sun.management.internal.PlatformMBeanProviderImpl");
            Class<?> commands = Class.forName("com.sun.management.internal.DiagnosticCommandImpl");
            Method bean = commands.getDeclaredMethod("getDiagnosticCommandMBean");
            Method execute = commands.getDeclaredMethod("executeDiagnosticCommand", String.class);
            bean.setAccessible(true);
            execute.setAccessible(true);
            // Quoted: the command splits its arguments at spaces, which a temporary folder's path may hold.
            Object answer = execute.invoke(bean.invoke(null), "Compiler.directives_add \"" + file + "\"");
            return String.valueOf(answer).startsWith("1 compiler directives added");
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // Not this JDK's layout, or not opened: the JVM keeps its usual compilers.
            return false;
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A file of a few bytes in the temporary folder, named by this process.
            }
        }
    }
}
