package org.handout.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Where things are on each page of a PDF, read with PDFBox alone: runs of text and images, each
 * with the structure element that owns it (found by walking the structure tree to its marked
 * content) or marked as an artifact. Coordinates are PDF user space, origin bottom left.
 */
public final class PageGeometry {
    /** A rectangle. */
    public record Box(float left, float bottom, float right, float top) {
        /** True when the two overlap by more than {@code tolerance} in both directions. */
        public boolean overlaps(Box other, float tolerance) {
            return Math.min(right, other.right) - Math.max(left, other.left) > tolerance
                    && Math.min(top, other.top) - Math.max(bottom, other.bottom) > tolerance;
        }
    }

    /**
     * Something drawn: a run of glyphs on one baseline in one marked-content sequence (its box spans
     * the font's ascent and descent), or an image. {@code type} is the owning structure element's
     * type, or "Artifact"; {@code heading} is true when the owner is or lies inside a heading;
     * {@code footer} for a footer artifact.
     */
    public record Shape(String type, boolean heading, boolean footer, String text, Box box) {
        public boolean artifact() {
            return type.equals("Artifact");
        }

        public boolean image() {
            return text == null;
        }
    }

    public record Page(int number, float width, float height, List<Shape> shapes) {}

    private PageGeometry() {}

    public static List<Page> read(byte[] pdf) throws IOException {
        List<Page> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Map<COSDictionary, Map<Integer, Owner>> owners = new HashMap<>();
            var root = document.getDocumentCatalog().getStructureTreeRoot();
            if (root != null) {
                walk(root.getCOSObject(), null, false, owners);
            }
            int number = 1;
            for (PDPage page : document.getPages()) {
                Reader reader = new Reader(owners.getOrDefault(page.getCOSObject(), Map.of()));
                reader.processPage(page);
                pages.add(new Page(number++, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), reader.shapes));
            }
        }
        return pages;
    }

    /** The structure element that owns a piece of marked content. */
    private record Owner(String type, boolean heading) {}

    private static void walk(COSDictionary element, COSDictionary page, boolean inHeading,
            Map<COSDictionary, Map<Integer, Owner>> owners) {
        COSDictionary ownPage = element.getCOSDictionary(COSName.PG) != null ? element.getCOSDictionary(COSName.PG) : page;
        COSName s = element.getCOSName(COSName.S);
        String type = s == null ? null : s.getName();
        boolean heading = inHeading || (type != null && type.matches("H[1-6]?"));
        COSBase kids = element.getDictionaryObject(COSName.K);
        List<COSBase> list = new ArrayList<>();
        if (kids instanceof COSArray array) {
            array.forEach(list::add);
        } else if (kids != null) {
            list.add(kids);
        }
        for (COSBase kid : list) {
            COSBase k = kid instanceof COSObject o ? o.getObject() : kid;
            if (k instanceof COSInteger mcid && ownPage != null) {
                owners.computeIfAbsent(ownPage, p -> new HashMap<>()).put(mcid.intValue(), new Owner(type, heading));
            } else if (k instanceof COSDictionary dict) {
                COSName kidType = dict.getCOSName(COSName.TYPE);
                if (COSName.MCR.equals(kidType)) {
                    COSDictionary mcrPage = dict.getCOSDictionary(COSName.PG) != null ? dict.getCOSDictionary(COSName.PG) : ownPage;
                    owners.computeIfAbsent(mcrPage, p -> new HashMap<>()).put(dict.getInt(COSName.MCID), new Owner(type, heading));
                } else if (!COSName.OBJR.equals(kidType)) {
                    walk(dict, ownPage, heading, owners);
                }
            }
        }
    }

    /** Follows marked content through a page, collecting runs of glyphs and images with their owners. */
    private static final class Reader extends PDFMarkedContentExtractor {
        private final Map<Integer, Owner> owners;
        private final Deque<Owner> open = new ArrayDeque<>();
        private final Deque<Boolean> footer = new ArrayDeque<>();
        private final List<Shape> shapes = new ArrayList<>();
        private Owner runOwner;
        private StringBuilder runText;
        private float runLeft;
        private float runRight;
        private float runBaseline;
        private float runAscent;
        private float runDescent;
        private float runSize;
        private float pageHeight;

        Reader(Map<Integer, Owner> owners) {
            this.owners = owners;
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            pageHeight = page.getMediaBox().getHeight();
            super.processPage(page);
            endRun();
        }

        @Override
        public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
            endRun();
            super.beginMarkedContentSequence(tag, properties);
            int mcid = properties == null ? -1 : properties.getInt(COSName.MCID);
            boolean artifact = COSName.ARTIFACT.equals(tag);
            Owner owner = artifact || mcid < 0 ? new Owner("Artifact", false)
                    : owners.getOrDefault(mcid, new Owner("Unowned", false));
            open.push(owner);
            footer.push(artifact && properties != null && "Footer".equals(properties.getNameAsString(COSName.SUBTYPE)));
        }

        @Override
        public void endMarkedContentSequence() {
            endRun();
            super.endMarkedContentSequence();
            if (!open.isEmpty()) {
                open.pop();
                footer.pop();
            }
        }

        @Override
        public void xobject(PDXObject xobject) {
            super.xobject(xobject);
            if (xobject instanceof PDImageXObject) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                float x = m.getTranslateX();
                float y = m.getTranslateY();
                Owner owner = current();
                shapes.add(new Shape(owner.type(), owner.heading(), false, null,
                        new Box(x, y, x + m.getScalingFactorX(), y + m.getScalingFactorY())));
            }
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            if (text.getUnicode() == null) {
                return;
            }
            if (text.getUnicode().isBlank()) {
                // A space reads, but takes no ink: it joins the run's text, not its box.
                if (runText != null) {
                    runText.append(text.getUnicode());
                }
                return;
            }
            float size = text.getFontSizeInPt();
            float baseline = pageHeight - text.getYDirAdj();
            float left = text.getXDirAdj();
            float right = left + text.getWidthDirAdj();
            if (text.getWidthDirAdj() == 0 && runText != null) {
                // A glyph of no advance is a mark drawn on the letters of its run (raised or lowered by the shaper,
                // or set on a letter before it): its ink is the run's, whatever baseline it is drawn from.
                runText.append(text.getUnicode());
                return;
            }
            boolean sameRun = runText != null && Math.abs(baseline - runBaseline) < 0.5f
                    && left < runRight + 2 * size && right > runLeft - 2 * size;
            if (!sameRun) {
                endRun();
                runOwner = current();
                runText = new StringBuilder();
                runLeft = left;
                runRight = right;
                runBaseline = baseline;
                runAscent = 0;
                runDescent = 0;
                runSize = size;
            }
            runText.append(text.getUnicode());
            runLeft = Math.min(runLeft, left);
            runRight = Math.max(runRight, right);
            PDFontDescriptor descriptor = text.getFont().getFontDescriptor();
            float ascent = descriptor != null && descriptor.getAscent() > 0 ? descriptor.getAscent() / 1000 : 0.8f;
            float descent = descriptor != null && descriptor.getDescent() < 0 ? -descriptor.getDescent() / 1000 : 0.2f;
            runAscent = Math.max(runAscent, ascent * size);
            runDescent = Math.max(runDescent, descent * size);
            runSize = Math.max(runSize, size);
        }

        private Owner current() {
            return open.isEmpty() ? new Owner("Unmarked", false) : open.peek();
        }

        private void endRun() {
            if (runText == null) {
                return;
            }
            boolean isFooter = !footer.isEmpty() && footer.peek();
            shapes.add(new Shape(runOwner.type(), runOwner.heading(), isFooter, runText.toString().strip(),
                    new Box(runLeft, runBaseline - runDescent, runRight, runBaseline + runAscent)));
            runText = null;
        }
    }
}
