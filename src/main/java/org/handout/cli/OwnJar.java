package org.handout.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The jar this code runs from. The build makes two (pom.xml): {@code renderer.jar}, the renderer's own classes, whose
 * manifest names {@code renderer-all.jar} in its {@code Class-Path}, and {@code renderer-all.jar}, which holds
 * everything and runs alone. A library jar that is not beside the launcher would fail the render at its first
 * library class, with a stack trace; the command line says so at its start instead.
 */
final class OwnJar {
    private OwnJar() {}

    /** The jar, when this code runs from one; else null (the tests, which run on the class path). */
    static File file() {
        try {
            File jar = new File(OwnJar.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.isFile() && jar.getName().endsWith(".jar") ? jar : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** What to tell the user when a jar that this one's manifest names is not there; empty when all are. */
    static Optional<String> missingLibrary() {
        File jar = file();
        return jar == null ? Optional.empty() : missingLibrary(jar);
    }

    static Optional<String> missingLibrary(File jar) {
        Manifest manifest;
        try (JarFile file = new JarFile(jar)) {
            manifest = file.getManifest();
        } catch (IOException e) {
            return Optional.empty();
        }
        String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
        if (classPath == null) {
            return Optional.empty();
        }
        // A name without a regular expression's characters: String.split's own loop, no Pattern on a cold start.
        for (String name : classPath.trim().split(" ")) {
            File library = new File(jar.getAbsoluteFile().getParentFile(), name);
            if (!name.isEmpty() && !library.isFile()) {
                return Optional.of(jar.getName() + " needs " + name + " beside it, in " + library.getParent()
                        + ": copy both jars, or run " + name + ", which holds the whole renderer, alone");
            }
        }
        return Optional.empty();
    }
}
