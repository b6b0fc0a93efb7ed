package org.handout.resources;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.handout.diagnostics.Diagnostics;
import org.handout.model.Document;
import org.handout.model.ImageFile;
import org.handout.model.Images;
import org.handout.model.Inline;
import org.handout.model.SourcePos;
import org.handout.source.UrlPolicy;

/**
 * Checks every image the source names and loads the good ones. A path is read from the source's
 * own folder, as a browser reads it from the page's; the image must be a real PNG or JPEG inside
 * the resource root (a "..", a percent-escape or a symbolic link may not lead out of it), no larger
 * than the limits.
 * Remote images are never fetched. A bad image is an error, or with keep-going a warning, and
 * the writers then show its alt text in its place.
 */
public final class ImageResolver {
    public static final long MAX_BYTES = 20L << 20;
    public static final long MAX_PIXELS = 40_000_000L;

    private final Path folder;
    private final Path root;
    private final boolean keepGoing;
    private final Diagnostics diagnostics;

    private ImageResolver(Path folder, Path root, boolean keepGoing, Diagnostics diagnostics) {
        this.folder = folder;
        this.root = root;
        this.keepGoing = keepGoing;
        this.diagnostics = diagnostics;
    }

    /** {@code folder} is the source's folder, {@code root} the folder no image may lie outside of. */
    public static Document apply(Document document, Path folder, Path root, boolean keepGoing, Diagnostics diagnostics) {
        ImageResolver resolver = new ImageResolver(folder.toAbsolutePath().normalize(), root.toAbsolutePath().normalize(),
                keepGoing, diagnostics);
        Map<String, ImageFile> images = new LinkedHashMap<>();
        for (Inline.Image image : Images.in(document)) {
            if (!images.containsKey(image.source())) {
                ImageFile file = resolver.load(image.source(), image.pos());
                if (file != null) {
                    images.put(image.source(), file);
                }
            }
        }
        return document.withImages(images);
    }

    /**
     * One image named outside the document, such as a theme's logo: read from {@code folder}, under the same
     * checks; a problem with it is always an error.
     */
    public static ImageFile file(String source, SourcePos pos, Path folder, Path root, Diagnostics diagnostics) {
        return new ImageResolver(folder.toAbsolutePath().normalize(), root.toAbsolutePath().normalize(), false,
                diagnostics).load(source, pos);
    }

    private ImageFile load(String source, SourcePos pos) {
        Image image = new Image(source, pos);
        if (UrlPolicy.remote(source)) {
            return fail(image, "is remote; images are never fetched from the network: save it next to the source");
        }
        Path path;
        try {
            String local = source.replaceAll("[?#].*$", "");
            path = folder.resolve(URLDecoder.decode(local.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
        } catch (IllegalArgumentException e) {
            return fail(image, "is not a valid file name");
        }
        try {
            Path realRoot = root.toRealPath();
            if (!path.startsWith(root) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
                return fail(image, path.startsWith(root) ? "was not found" : "lies outside the resource folder");
            }
            if (!path.toRealPath().startsWith(realRoot)) {
                return fail(image, "lies outside the resource folder (through a symbolic link)");
            }
            if (!Files.isRegularFile(path) || Files.size(path) > MAX_BYTES) {
                return fail(image, "is not a regular file of at most " + (MAX_BYTES >> 20) + " MiB");
            }
            return decode(image, Files.readAllBytes(path));
        } catch (IOException e) {
            return fail(image, "could not be read: " + e.getMessage());
        }
    }

    /** The image being checked: what the messages name. */
    private record Image(String source, SourcePos pos) {}

    private ImageFile decode(Image image, byte[] bytes) {
        ImageFile.Kind kind = kindOf(bytes);
        if (kind == null) {
            return fail(image, "is not a PNG or JPEG file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return fail(image, "is not a readable " + kind + " file");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    return fail(image, "has " + width + "×" + height + " pixels, more than the limit of "
                            + MAX_PIXELS);
                }
                BufferedImage decoded = reader.read(0);
                return new ImageFile(image.source(), bytes, kind, decoded.getWidth(), decoded.getHeight());
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return fail(image, "is a corrupt " + kind + " file");
        }
    }

    private static ImageFile.Kind kindOf(byte[] b) {
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return ImageFile.Kind.PNG;
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return ImageFile.Kind.JPEG;
        }
        return null;
    }

    private ImageFile fail(Image image, String why) {
        String message = "image '" + image.source() + "' " + why;
        if (keepGoing) {
            diagnostics.warn(image.pos(), message + "; its alt text is shown instead");
        } else {
            diagnostics.error(image.pos(), message);
        }
        return null;
    }
}
