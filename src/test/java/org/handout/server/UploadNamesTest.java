package org.handout.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule for uploaded names, on its own: the names no HTTP header can carry (control characters) are checked
 * here, the others also over HTTP in {@link HostileUploadTest}.
 */
class UploadNamesTest {
    private static final Path ROOT = Path.of("/srv/request/files");

    @ParameterizedTest
    @ValueSource(strings = {"photo.png", "images/photo.png", "a b/ü ñ.jpeg", "..png", "x..y/z.png", "~/x.png"})
    void plainRelativeNamesStayInsideTheFolder(String name) {
        assertEquals(ROOT.resolve(name), UploadNames.resolve(ROOT, name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../x.png", "a/../../x.png", "/etc/passwd", "a\\..\\x.png", "C:x.png", "a//x.png",
            "./x.png", "a/", "x\u0000.png", "x\t.png", "x\n.png", "x\u007f.png"})
    void everyOtherNameIsRefused(String name) {
        HttpError refused = assertThrows(HttpError.class, () -> UploadNames.resolve(ROOT, name));
        assertEquals(400, refused.reply().status());
    }

    @Test
    void aSourceNameIsABareFileNameOfAtMost255Characters() {
        assertEquals("handout.md", UploadNames.checked("handout.md", false));
        assertThrows(HttpError.class, () -> UploadNames.checked("notes/handout.md", false));
        assertThrows(HttpError.class, () -> UploadNames.checked("x".repeat(256), false));
    }
}
