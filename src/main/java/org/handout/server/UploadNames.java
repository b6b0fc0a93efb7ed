package org.handout.server;

import java.nio.file.Path;

/**
 * Names that clients give their files, checked before anything is written under them: relative paths of plain
 * segments (no {@code ..}, no empty or {@code .} segment), no backslash, colon or control character, so that the
 * same rule holds on every file system, and the result must still lie inside the request's folder.
 */
final class UploadNames {
    private static final int LONGEST = 255;

    private UploadNames() {}

    /** The file under {@code root} that {@code name} (such as {@code images/hands.png}) names. */
    static Path resolve(Path root, String name) {
        Path file = root.resolve(checked(name, true)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw refused(name);
        }
        return file;
    }

    /** {@code name} itself when it is allowed; {@code folders} false allows a bare file name only. */
    static String checked(String name, boolean folders) {
        if (name.isEmpty() || name.length() > LONGEST || name.startsWith("/") || !folders && name.contains("/")) {
            throw refused(name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') {
                throw refused(name);
            }
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw refused(name);
            }
        }
        return name;
    }

    private static HttpError refused(String name) {
        String shown = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        return HttpError.of(400, "file name '" + shown.replaceAll("\\p{Cntrl}", "?") + "' is not allowed: give a "
                + "relative path such as images/photo.png, without '..', '\\', ':' or empty parts");
    }
}
