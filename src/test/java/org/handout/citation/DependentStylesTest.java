package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The build's list of dependent styles against the CSL project's files, which the tests' class path still holds
 * (the jar does not): every dependent style resolves to the parent its own file names, as it did when the renderer
 * read the files.
 */
class DependentStylesTest {

    @Test
    void everyDependentStyleHasTheParentItsFileNames() throws IOException {
        JarURLConnection connection = (JarURLConnection) CitationStyle.class
                .getResource("/dependent/nature-medicine.csl").openConnection();
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        try (JarFile styles = connection.getJarFile()) {
            for (JarEntry entry : styles.stream().toList()) {
                String name = entry.getName();
                if (!name.startsWith("dependent/") || !name.endsWith(".csl")) {
                    continue;
                }
                String id = name.substring("dependent/".length(), name.length() - ".csl".length());
                try (InputStream in = styles.getInputStream(entry)) {
                    String expected = CitationStyle.parentId(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (!String.valueOf(expected).equals(String.valueOf(DependentStyles.parent(id)))) {
                        mismatches.add(id + ": " + expected + " / " + DependentStyles.parent(id));
                    }
                }
                count++;
            }
        }
        assertTrue(count > 7000, "the CSL project's dependent styles: " + count);
        assertEquals(List.of(), mismatches);
    }

    @Test
    void anIndependentOrUnknownStyleHasNoParent() {
        assertNull(DependentStyles.parent("nature"));
        assertNull(DependentStyles.parent("no-such-style"));
        assertEquals("nature", DependentStyles.parent("nature-medicine"));
    }
}
