package org.handout.visual;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

/**
 * A PDF's pages as poppler's pdftoppm draws them, at low resolution in sixteen shades of grey: small
 * enough to commit, sharp enough to show a moved block, a broken line or a lost figure.
 */
final class PageImages {
    static final int DPI = 40;
    private static final int SHADES = 16;
    private static final IndexColorModel GREYS = greys();

    private PageImages() {}

    static boolean pdftoppmInstalled() {
        try {
            Process process = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Every page of {@code pdf}, in order, drawn by pdftoppm in {@code work} (a scratch folder). */
    static List<BufferedImage> render(Path pdf, Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Process process = new ProcessBuilder("pdftoppm", "-png", "-r", String.valueOf(DPI), pdf.toString(),
                work.resolve("page").toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("pdftoppm failed on " + pdf + ": " + output);
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(work)) {
            // pdftoppm pads page numbers to the width of the last one: page-1 or page-01.
            files = list.filter(p -> p.getFileName().toString().matches("page-\\d+\\.png"))
                    .sorted(Comparator.comparingInt(PageImages::number)).toList();
        }
        List<BufferedImage> pages = new ArrayList<>();
        for (Path file : files) {
            pages.add(grey(ImageIO.read(file.toFile())));
            Files.delete(file);
        }
        return pages;
    }

    private static int number(Path file) {
        String name = file.getFileName().toString();
        return Integer.parseInt(name.substring(name.indexOf('-') + 1, name.indexOf('.')));
    }

    /** The image in sixteen shades of grey (luma), as stored. */
    static BufferedImage grey(BufferedImage colour) {
        BufferedImage out = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_BINARY, GREYS);
        for (int y = 0; y < colour.getHeight(); y++) {
            for (int x = 0; x < colour.getWidth(); x++) {
                int rgb = colour.getRGB(x, y);
                int luma = (299 * (rgb >> 16 & 0xff) + 587 * (rgb >> 8 & 0xff) + 114 * (rgb & 0xff)) / 1000;
                int shade = Math.round(luma * (SHADES - 1) / 255f);
                out.getRaster().setSample(x, y, 0, shade);
            }
        }
        return out;
    }

    /** The grey level (0 to 255) of a pixel. */
    static int level(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) & 0xff;
    }

    private static IndexColorModel greys() {
        byte[] levels = new byte[SHADES];
        for (int i = 0; i < SHADES; i++) {
            levels[i] = (byte) Math.round(i * 255f / (SHADES - 1));
        }
        return new IndexColorModel(4, SHADES, levels, levels, levels);
    }
}
