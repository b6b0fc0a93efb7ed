package org.handout.server;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * What a screen reader meets in a tagged PDF, in order, and where it lies on the pages, read from the file itself
 * with PDFBox (structure tree, marked content by MCID, /Alt, artifacts), so that the picture shows what is really
 * there. Each element that holds content or inline elements directly is one numbered item, with whatever its
 * descendants hold (a link inside a paragraph is part of the paragraph); figures and list items are items of their own
 * wherever they are, and what follows them inside another item is read, and numbered, after them.
 */
final class ReadingOrder {
    /** One thing read aloud: its number, structure type, the start of its text, and a figure's /Alt. */
    record Item(int number, String role, String text, String alt) {}

    /** A rectangle as fractions of its page, from the page's top left corner. */
    record Area(double left, double top, double width, double height) {}

    /** Where an item lies on one page. */
    record Mark(int item, Area area) {}

    /** Something painted but never read: text or an image (a footer, a repeated header), or only a drawing. */
    record Artifact(Area area, boolean drawing) {}

    /** A drawn page: its size in points, its picture, and the items and artifacts on it. */
    record Page(int number, float width, float height, byte[] png, List<Mark> marks, List<Artifact> artifacts) {}

    /**
     * Elements that are items even inside another: a figure, read by its /Alt, and a list item, whose label and
     * body a screen reader reads as one (and whose nested list items are items again).
     */
    private static final Set<String> OWN_ITEMS = Set.of("Figure", "LI");

    /** Structure types that are part of a line of text, never a block of their own (PDF 1.7 and 2.0). */
    private static final Set<String> INLINE = Set.of("Span", "Link", "Reference", "Quote", "Em", "Strong", "Sub",
            "Annot", "Ruby", "Warichu");

    /** Enough of an item's text to recognise it in a list. */
    private static final int TEXT_SHOWN = 120;

    private final List<Item> items;
    private final List<Page> pages;
    private final int pageCount;

    private ReadingOrder(List<Item> items, List<Page> pages, int pageCount) {
        this.items = items;
        this.pages = pages;
        this.pageCount = pageCount;
    }

    /** Reads every page's structure; draws the first {@code pagesDrawn} pages at {@code scale} pixels per point. */
    static ReadingOrder of(byte[] pdf, int pagesDrawn, float scale) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Walk walk = new Walk(document);
            walk.element(document.getDocumentCatalog().getStructureTreeRoot().getCOSObject(), null, null, false);
            List<Page> pages = new ArrayList<>();
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < Math.min(pagesDrawn, document.getNumberOfPages()); i++) {
                pages.add(walk.page(i, png(renderer.renderImage(i, scale, ImageType.RGB))));
            }
            return new ReadingOrder(walk.items(), pages, document.getNumberOfPages());
        }
    }

    List<Item> items() {
        return items;
    }

    List<Page> pages() {
        return pages;
    }

    int pageCount() {
        return pageCount;
    }

    /** For the editor: items, and pages with their pictures as data: URLs. */
    Map<String, Object> json() {
        List<Map<String, Object>> itemList = new ArrayList<>();
        for (Item item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", item.number());
            entry.put("role", item.role());
            entry.put("text", item.text());
            if (item.alt() != null) {
                entry.put("alt", item.alt());
            }
            itemList.add(entry);
        }
        List<Map<String, Object>> pageList = new ArrayList<>();
        for (Page page : pages) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (Mark mark : page.marks()) {
                Map<String, Object> entry = area(mark.area());
                entry.put("item", mark.item());
                marks.add(entry);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", page.number());
            entry.put("width", page.width());
            entry.put("height", page.height());
            entry.put("image", "data:image/png;base64," + Base64.getEncoder().encodeToString(page.png()));
            entry.put("marks", marks);
            List<Map<String, Object>> artifacts = new ArrayList<>();
            for (Artifact artifact : page.artifacts()) {
                Map<String, Object> area = area(artifact.area());
                area.put("drawing", artifact.drawing());
                artifacts.add(area);
            }
            entry.put("artifacts", artifacts);
            pageList.add(entry);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pageCount", pageCount);
        json.put("items", itemList);
        json.put("pages", pageList);
        return json;
    }

    private static Map<String, Object> area(Area area) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("left", rounded(area.left()));
        entry.put("top", rounded(area.top()));
        entry.put("width", rounded(area.width()));
        entry.put("height", rounded(area.height()));
        return entry;
    }

    /** A hundredth of a percent of the page is finer than any screen shows it. */
    private static double rounded(double fraction) {
        return Math.round(fraction * 10_000) / 10_000.0;
    }

    /**
     * Light compression: ImageIO's default (deflate at its strongest) took three times as long, for pictures that
     * are 4 % smaller and go no further than the browser on the other end of the connection.
     */
    private static byte[] png(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0.8f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** One pass over the structure tree, collecting items and where their marked content lies. */
    private static final class Walk {
        /** An item being collected: its areas by page index, and its text. */
        private static final class Unit {
            final int number;
            final String role;
            final String alt;
            final StringBuilder text = new StringBuilder();
            final Map<Integer, Rectangle2D> areas = new TreeMap<>();

            Unit(int number, String role, String alt) {
                this.number = number;
                this.role = role;
                this.alt = alt;
            }
        }

        private final List<PDPage> pages = new ArrayList<>();
        private final Map<COSDictionary, Integer> pageIndex = new HashMap<>();
        private final List<ContentBounds> bounds = new ArrayList<>();
        private final List<Unit> units = new ArrayList<>();

        Walk(PDDocument document) throws IOException {
            for (PDPage page : document.getPages()) {
                pageIndex.put(page.getCOSObject(), pages.size());
                pages.add(page);
                bounds.add(ContentBounds.of(page));
            }
        }

        /**
         * Walks one element. {@code textGiven} is set inside an element whose /ActualText (or a figure's /Alt)
         * stands for its content: its glyphs then add their area but not their text.
         */
        void element(COSDictionary element, COSDictionary page, Unit current, boolean textGiven) {
            COSDictionary ownPage = element.getCOSDictionary(COSName.PG) != null
                    ? element.getCOSDictionary(COSName.PG) : page;
            COSName type = element.getCOSName(COSName.S);
            String role = type == null ? null : type.getName();
            Unit unit = current;
            if (role != null && (OWN_ITEMS.contains(role) || current == null && holdsText(element))) {
                unit = newUnit(role, element);
            }
            String actualText = element.getString(COSName.ACTUAL_TEXT);
            if (actualText != null && unit != null && !textGiven) {
                unit.text.append(actualText);
            }
            boolean given = textGiven || actualText != null || unit != null && unit.alt != null;
            for (COSBase kid : kids(element)) {
                if (isContent(kid)) {
                    if (unit == null && role != null) {
                        unit = newUnit(role, element);
                    }
                    content(unit, contentPage(kid, ownPage), mcid(kid), given);
                } else if (kid instanceof COSDictionary dict && !COSName.OBJR.equals(dict.getCOSName(COSName.TYPE))) {
                    int before = units.size();
                    element(dict, ownPage, unit, given);
                    if (unit != null && units.size() > before && units.get(before) != unit) {
                        // An item nested here (a sub-list, a figure) is read before what follows it, which is
                        // therefore an item of its own.
                        unit = null;
                    }
                }
            }
            if ("Lbl".equals(role) && unit != null) {
                unit.text.append(' ');
            }
        }

        private Unit newUnit(String role, COSDictionary element) {
            Unit unit = new Unit(units.size() + 1, role, element.getString(COSName.ALT));
            units.add(unit);
            return unit;
        }

        /** Whether content or inline elements (a paragraph of language spans, say) sit right under the element. */
        private static boolean holdsText(COSDictionary element) {
            return kids(element).stream().anyMatch(kid -> isContent(kid) || kid instanceof COSDictionary dict
                    && dict.getCOSName(COSName.S) != null && INLINE.contains(dict.getCOSName(COSName.S).getName()));
        }

        /** Marked content: an MCID, or a marked-content reference (MCR) to one, perhaps on another page. */
        private static boolean isContent(COSBase kid) {
            return kid instanceof COSInteger
                    || kid instanceof COSDictionary dict && COSName.MCR.equals(dict.getCOSName(COSName.TYPE));
        }

        private static int mcid(COSBase content) {
            return content instanceof COSInteger number ? number.intValue()
                    : ((COSDictionary) content).getInt(COSName.MCID);
        }

        private static COSDictionary contentPage(COSBase content, COSDictionary page) {
            COSDictionary own = content instanceof COSDictionary mcr ? mcr.getCOSDictionary(COSName.PG) : null;
            return own != null ? own : page;
        }

        private static List<COSBase> kids(COSDictionary element) {
            COSBase kids = element.getDictionaryObject(COSName.K);
            List<COSBase> list = new ArrayList<>();
            if (kids instanceof COSArray array) {
                for (COSBase kid : array) {
                    list.add(kid instanceof COSObject object ? object.getObject() : kid);
                }
            } else if (kids != null) {
                list.add(kids);
            }
            return list;
        }

        private void content(Unit unit, COSDictionary page, int mcid, boolean textGiven) {
            Integer index = page == null ? null : pageIndex.get(page);
            if (unit == null || index == null) {
                return;
            }
            ContentBounds painted = bounds.get(index);
            Rectangle2D area = painted.area(mcid);
            if (area != null) {
                unit.areas.merge(index, area, Rectangle2D::createUnion);
            }
            if (!textGiven && unit.text.length() <= TEXT_SHOWN) {
                unit.text.append(painted.text(mcid));
            }
        }

        List<Item> items() {
            List<Item> items = new ArrayList<>();
            for (Unit unit : units) {
                String text = unit.text.toString().replaceAll("\\s+", " ").strip();
                items.add(new Item(unit.number, unit.role,
                        text.length() > TEXT_SHOWN ? text.substring(0, TEXT_SHOWN) + "…" : text, unit.alt));
            }
            return items;
        }

        Page page(int index, byte[] png) {
            PDRectangle box = pages.get(index).getCropBox();
            List<Mark> marks = new ArrayList<>();
            for (Unit unit : units) {
                Rectangle2D area = unit.areas.get(index);
                if (area != null) {
                    marks.add(new Mark(unit.number, area(area, box)));
                }
            }
            List<Artifact> artifacts = bounds.get(index).artifacts().stream()
                    .map(a -> new Artifact(area(a.area(), box), a.drawing())).toList();
            return new Page(index + 1, box.getWidth(), box.getHeight(), png, marks, artifacts);
        }

        private static Area area(Rectangle2D area, PDRectangle box) {
            return new Area((area.getMinX() - box.getLowerLeftX()) / box.getWidth(),
                    (box.getUpperRightY() - area.getMaxY()) / box.getHeight(),
                    area.getWidth() / box.getWidth(), area.getHeight() / box.getHeight());
        }
    }
}
