package org.handout.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.handout.diagnostics.Diagnostics;
import org.handout.font.Face;
import org.handout.model.SourcePos;

/**
 * A theme's font files: TrueType fonts (glyf outlines, which our subsetter writes) inside the theme's folder, whose
 * licence allows embedding. OpenType fonts with CFF outlines, WOFF files and collections are refused with a message
 * that says which file to use instead.
 */
final class ThemeFonts {
    static final long MAX_BYTES = 20L << 20;
    /** OS/2 fsType bits (OpenType spec): the low four say the kind of embedding allowed, these two restrict it. */
    private static final int USAGE = 0x000F;
    private static final int RESTRICTED = 0x0002;
    private static final int NO_SUBSETTING = 0x0100;
    private static final int BITMAP_ONLY = 0x0200;

    private ThemeFonts() {}

    /** The font at {@code path} (relative to the theme's {@code folder}), or null after reporting why not. */
    static HouseStyle.FontFile read(String path, SourcePos pos, Path folder, Diagnostics diagnostics) {
        Path file = folder.resolve(path).normalize();
        byte[] bytes;
        try {
            if (!file.startsWith(folder) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(folder.toRealPath())) {
                diagnostics.error(pos, "font '" + path + "' is not a file inside the theme's folder");
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error(pos, "font '" + path + "' is larger than " + (MAX_BYTES >> 20) + " MiB");
                return null;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error(pos, "font '" + path + "' cannot be read: " + e.getMessage());
            return null;
        }
        String kind = kind(bytes);
        if (kind != null) {
            diagnostics.error(pos, "font '" + path + "' is " + kind);
            return null;
        }
        Face face;
        try {
            face = Face.read(postScriptName(file), bytes);
        } catch (IllegalStateException e) {
            diagnostics.error(pos, "font '" + path + "' is not a usable TrueType font: " + e.getMessage());
            return null;
        }
        String refusal = licence(face.embeddingPermissions());
        if (refusal != null) {
            diagnostics.error(pos, "font '" + path + "': its licence " + refusal + " (OS/2 fsType 0x"
                    + String.format(java.util.Locale.ROOT, "%04x", face.embeddingPermissions()) + "); a PDF must embed its fonts");
            return null;
        }
        return new HouseStyle.FontFile(path, bytes, face);
    }

    /** A name the PDF can carry as its /BaseFont: the file's name without its extension, letters and digits only. */
    private static String postScriptName(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]*$", "").replaceAll("[^A-Za-z0-9_-]", "");
        return name.isEmpty() ? "HouseFont" : name;
    }

    /** What the file is when it is not a TrueType font we can subset, or null when it is one. */
    private static String kind(byte[] b) {
        String tag = b.length < 4 ? "" : new String(b, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (tag) {
            case "\u0000\u0001\u0000\u0000", "true" -> null;
            case "OTTO" -> "an OpenType font with CFF outlines, which the PDF's subsetter does not write: use the"
                    + " family's TrueType (.ttf, glyf) build";
            case "wOFF", "wOF2" -> "a web font (WOFF): use the family's TrueType (.ttf) file";
            case "ttcf" -> "a font collection: use a single TrueType (.ttf) font";
            default -> "not a TrueType font";
        };
    }

    /** Why the fsType forbids what the PDF does (embed a subset of the outlines), or null when it allows it. */
    private static String licence(int fsType) {
        if ((fsType & USAGE) == RESTRICTED) {
            return "forbids embedding (restricted licence)";
        }
        if ((fsType & BITMAP_ONLY) != 0) {
            return "allows embedding bitmaps only";
        }
        if ((fsType & NO_SUBSETTING) != 0) {
            return "forbids subsetting";
        }
        return null;
    }
}
