package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher jar's libraries: a jar its manifest names and that is not beside it is reported by name. */
class OwnJarTest {
    @TempDir
    Path dir;

    private Path jar(String name, String classPath) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    @Test
    void aLibraryThatIsNotBesideTheJarIsNamed() throws IOException {
        Path launcher = jar("renderer.jar", "renderer-all.jar");
        Optional<String> missing = OwnJar.missingLibrary(launcher.toFile());
        assertTrue(missing.isPresent());
        assertEquals("renderer.jar needs renderer-all.jar beside it, in " + dir.toAbsolutePath()
                + ": copy both jars, or run renderer-all.jar, which holds the whole renderer, alone", missing.get());
    }

    @Test
    void aLibraryBesideTheJarIsFound() throws IOException {
        Path launcher = jar("renderer.jar", "renderer-all.jar");
        jar("renderer-all.jar", null);
        assertEquals(Optional.empty(), OwnJar.missingLibrary(launcher.toFile()));
    }

    @Test
    void theSecondOfTwoLibrariesIsCheckedToo() throws IOException {
        Path launcher = jar("renderer.jar", "a.jar b.jar");
        jar("a.jar", null);
        assertTrue(OwnJar.missingLibrary(launcher.toFile()).orElse("").startsWith("renderer.jar needs b.jar beside it"));
    }

    @Test
    void aJarWithoutAClassPathNeedsNothing() throws IOException {
        assertEquals(Optional.empty(), OwnJar.missingLibrary(jar("renderer-all.jar", null).toFile()));
    }
}
