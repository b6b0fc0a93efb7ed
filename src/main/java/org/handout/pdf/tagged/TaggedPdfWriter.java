package org.handout.pdf.tagged;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.handout.i18n.Labels;
import org.handout.model.Author;
import org.handout.model.Document;
import org.handout.pdf.tagged.Attachment;
import org.handout.model.ImageFile;
import org.handout.model.Metadata;
import org.handout.pdf.layout.Artifact;
import org.handout.pdf.layout.Item;
import org.handout.pdf.layout.LaidOutPage;
import org.handout.pdf.layout.OutlineEntry;
import org.handout.pdf.layout.PageLayout;
import org.handout.pdf.layout.Tag;
import org.handout.model.InlineText;

/**
 * Turns laid-out pages into a PDF/UA-1 + PDF/A-2a file in one pass: content streams, marked
 * content, the structure tree, link annotations, outline and metadata are written together from
 * the same items, so the tags can never drift from what is drawn.
 */
public final class TaggedPdfWriter {
    private static final String PRODUCER_NAME = "Accessible handout renderer";
    /**
     * The output intent's profile, shipped as a file: java.awt.color's built-in sRGB profile (and
     * PDFBox's PDOutputIntent, which parses the profile with it) load AWT and LittleCMS.
     */
    private static final byte[] SRGB_PROFILE = Streams.resource("sRGB.icc");
    /** The profile deflated once: every document carries the same bytes, and a batch deflated them for each. */
    private static final byte[] SRGB_PROFILE_DEFLATED = Streams.deflate(SRGB_PROFILE);

    private final Document source;
    private final PageLayout layout;
    private final Conformance conformance;
    private final List<Attachment> attachments;
    private final OffsetDateTime date;
    private final COSDictionary catalog = new COSDictionary();
    private final COSDictionary pageTree = new COSDictionary();
    /** Made only for a document with images: PDFBox's image factories take one (and load AWT, which text never needs). */
    private PDDocument imageFactory;
    private final COSDictionary resources = new COSDictionary();
    private final FontEmbedder fonts = new FontEmbedder();
    private final StructureTree tree;
    private final Map<ImageFile, COSName> images = new IdentityHashMap<>();
    private final Map<String, Destination> anchors = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    /**
     * Pages by index, for links and outline entries; they become the page tree's kids at the end. Pages, links,
     * actions and the catalog's entries are written as plain dictionaries: PDFBox's classes for them (PDPage,
     * PDAnnotationLink, the actions and destinations) load some 60 more classes, every annotation and destination
     * type there is, for the same few keys (issue 20).
     */
    private final List<COSDictionary> pages = new ArrayList<>();

    private record Destination(int page, float y, Tag target) {}

    private record PendingLink(Item.LinkArea area, int page) {}

    private TaggedPdfWriter(Document source, PageLayout layout, Conformance conformance, List<Attachment> attachments,
            OffsetDateTime date) {
        this.source = source;
        this.layout = layout;
        this.conformance = conformance;
        this.attachments = attachments;
        this.date = date;
        this.tree = new StructureTree(conformance.pdf2());
    }

    /** {@code sourceDateEpoch} is the SOURCE_DATE_EPOCH environment value, or null. */
    public static byte[] write(Document source, PageLayout layout, Conformance conformance, List<Attachment> attachments,
            String optionDate, String sourceDateEpoch) throws IOException {
        OffsetDateTime date = PdfDates.resolve(source.meta().date(), optionDate, sourceDateEpoch);
        return new TaggedPdfWriter(source, layout, conformance, attachments, date).run();
    }

    private byte[] run() throws IOException {
        try {
            catalog.setItem(COSName.TYPE, COSName.CATALOG);
            for (LaidOutPage page : layout.pages()) {
                page(page);
            }
            pageTree.setItem(COSName.TYPE, COSName.PAGES);
            COSArray kids = new COSArray();
            for (COSDictionary page : pages) {
                kids.add(page);
            }
            pageTree.setItem(COSName.KIDS, kids);
            pageTree.setInt(COSName.COUNT, pages.size());
            catalog.setItem(COSName.PAGES, pageTree);
            for (PendingLink link : links) {
                annotate(link);
            }
            tree.finish();
            COSDictionary fontDictionary = new COSDictionary();
            for (Map.Entry<String, COSDictionary> font : fonts.finish().entrySet()) {
                fontDictionary.setItem(COSName.getPDFName(font.getKey()), font.getValue());
            }
            resources.setItem(COSName.FONT, fontDictionary);
            COSDictionary trailer = new COSDictionary();
            trailer.setItem(COSName.ROOT, catalog);
            COSDictionary info = catalog();
            if (info != null) {
                trailer.setItem(COSName.INFO, info);
            }
            if (!attachments.isEmpty()) {
                new AssociatedFiles(catalog, date).attach(attachments);
            }
            // A classic cross-reference table instead of object streams: any reader, however old, can open the file.
            return PdfFile.write(trailer, conformance.pdfVersion());
        } finally {
            if (imageFactory != null) {
                imageFactory.close();
            }
        }
    }

    private void page(LaidOutPage laidOut) throws IOException {
        COSDictionary page = new COSDictionary();
        page.setItem(COSName.TYPE, COSName.PAGE);
        page.setItem(COSName.MEDIA_BOX, rectangle(0, 0, laidOut.width(), laidOut.height()));
        page.setItem(COSName.PARENT, pageTree);
        int pageIndex = pages.size();
        pages.add(page);
        page.setItem(COSName.RESOURCES, resources);
        page.setInt(COSName.STRUCT_PARENTS, tree.beginPage());
        ContentStream content = new ContentStream();
        Tag openTag = null;
        Artifact openArtifact = null;
        for (Item item : laidOut.items()) {
            if (item instanceof Item.Open open) {
                tree.open(open.tag());
                continue;
            }
            if (item instanceof Item.Anchor anchor) {
                anchors.putIfAbsent(anchor.name(), new Destination(pageIndex, anchor.y(), anchor.target()));
                continue;
            }
            if (item instanceof Item.LinkArea area) {
                links.add(new PendingLink(area, pageIndex));
                continue;
            }
            Tag owner = item.owner();
            Artifact artifact = owner != null ? null : item.artifact() != null ? item.artifact() : Artifact.LAYOUT;
            if (owner != openTag || artifact != openArtifact) {
                if (openTag != null || openArtifact != null) {
                    content.end();
                }
                if (owner != null) {
                    int mcid = tree.mark(owner, pageIndex, page);
                    content.beginTagged(tree.typeOf(owner), mcid, owner.actualTextInContent() ? owner.actualText() : null);
                } else {
                    content.beginArtifact(artifact.type(), artifact.subtype());
                }
                openTag = owner;
                openArtifact = artifact;
            }
            draw(item, content);
        }
        if (openTag != null || openArtifact != null) {
            content.end();
        }
        byte[] bytes = content.bytes();
        page.setItem(COSName.CONTENTS, Streams.flate(bytes));
    }

    /** A rectangle as PDFBox's PDRectangle writes it: its corners, the upper right one summed in floats. */
    private static COSArray rectangle(float x, float y, float width, float height) {
        COSArray corners = new COSArray();
        for (float corner : new float[] {x, y, x + width, y + height}) {
            corners.add(new COSFloat(corner));
        }
        return corners;
    }

    private void draw(Item item, ContentStream content) throws IOException {
        if (item instanceof Item.Glyphs g) {
            content.fillColor(g.color());
            content.glyphs(fonts.use(g.face(), g.gids(), g.text()), g.size(), g.x(), g.y(), g.gids(),
                    FontEmbedder.widths(g.face(), g.gids()), g.offsets());
        } else if (item instanceof Item.Fill f) {
            content.fillColor(f.color());
            content.rectangle(f.x(), f.y(), f.width(), f.height());
        } else if (item instanceof Item.Picture p) {
            content.image(image(p.image()).getName(), p.x(), p.y(), p.width(), p.height());
        }
    }

    private COSName image(ImageFile file) throws IOException {
        COSName name = images.get(file);
        if (name == null) {
            if (imageFactory == null) {
                imageFactory = new PDDocument();
            }
            PDImageXObject xobject = file.kind() == ImageFile.Kind.JPEG
                    ? JPEGFactory.createFromByteArray(imageFactory, file.bytes())
                    : LosslessFactory.createFromImage(imageFactory, ImageIO.read(new ByteArrayInputStream(file.bytes())));
            name = COSName.getPDFName("Im" + (images.size() + 1));
            COSDictionary xobjects = resources.getCOSDictionary(COSName.XOBJECT);
            if (xobjects == null) {
                xobjects = new COSDictionary();
                resources.setItem(COSName.XOBJECT, xobjects);
            }
            xobjects.setItem(name, xobject);
            images.put(file, name);
        }
        return name;
    }

    private void annotate(PendingLink pending) {
        Item.LinkArea area = pending.area();
        COSDictionary page = pages.get(pending.page());
        COSDictionary link = new COSDictionary();
        link.setItem(COSName.TYPE, COSName.ANNOT);
        link.setItem(COSName.SUBTYPE, COSName.LINK);
        if (area.uri() != null) {
            COSDictionary action = action("URI");
            action.setString(COSName.URI, area.uri());
            link.setItem(COSName.A, action);
        } else {
            Destination target = anchors.get(area.anchor());
            if (target == null) {
                return;
            }
            link.setItem(COSName.A, goTo(target.page(), target.y(), target.target()));
        }
        link.setItem(COSName.RECT, rectangle(area.x(), area.y(), area.width(), area.height()));
        COSDictionary border = new COSDictionary();
        border.setInt(COSName.W, 0);
        link.setItem(COSName.BS, border);
        link.setInt(COSName.F, PRINTED);
        link.setItem(COSName.P, page);
        link.setString(COSName.CONTENTS, contents(area));
        link.setInt(COSName.STRUCT_PARENT, tree.annotation(area.link(), link, page));
        COSArray annotations = page.getCOSArray(COSName.ANNOTS);
        if (annotations == null) {
            annotations = new COSArray();
            page.setItem(COSName.ANNOTS, annotations);
        }
        annotations.add(link);
        page.setItem(COSName.getPDFName("Tabs"), COSName.S);
    }

    /**
     * A go-to action to a place on a page; in PDF 2.0 also to the structure element there (a
     * structure destination, which PDF/UA-2 requires for every destination inside the document).
     */
    private COSDictionary goTo(int page, float y, Tag target) {
        COSArray destination = new COSArray();
        destination.add(pages.get(page));
        destination.add(COSName.getPDFName("XYZ"));
        destination.add(COSInteger.ZERO);
        destination.add(COSInteger.get(Math.round(y)));
        destination.add(COSNull.NULL);
        COSDictionary action = action("GoTo");
        action.setItem(COSName.D, destination);
        COSDictionary element = target == null ? null : tree.element(target);
        if (conformance.pdf2() && element != null) {
            COSArray structure = new COSArray();
            structure.add(element);
            structure.add(COSName.getPDFName("XYZ"));
            structure.add(COSInteger.ZERO);
            structure.add(COSInteger.get(Math.round(y)));
            structure.add(COSInteger.ZERO);
            action.setItem(COSName.getPDFName("SD"), structure);
        }
        return action;
    }

    /** The annotation flag that has a link printed with the page. */
    private static final int PRINTED = 4;

    private static COSDictionary action(String type) {
        COSDictionary action = new COSDictionary();
        action.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        action.setItem(COSName.S, COSName.getPDFName(type));
        return action;
    }

    /** The annotation's description, in the document's language (English when it has no translation). */
    private String contents(Item.LinkArea area) {
        Labels labels = Labels.forDocument(source.meta().lang(), source.meta().labels());
        if (area.uri() != null) {
            return labels.linkTo(area.uri());
        }
        String name = layout.anchorNames().get(area.anchor());
        return labels.linkTo(name != null ? name : area.anchor());
    }

    /** Fills the catalog; returns the Info dictionary, or null for PDF 2.0. */
    private COSDictionary catalog() throws IOException {
        Metadata meta = source.meta();
        catalog.setString(COSName.LANG, meta.lang());
        COSDictionary markInfo = new COSDictionary();
        markInfo.setBoolean(COSName.getPDFName("Marked"), true);
        catalog.setItem(COSName.MARK_INFO, markInfo);
        COSDictionary preferences = new COSDictionary();
        preferences.setBoolean(COSName.DISPLAY_DOC_TITLE, true);
        catalog.setItem(COSName.VIEWER_PREFERENCES, preferences);
        catalog.setItem(COSName.STRUCT_TREE_ROOT, tree.root());
        catalog.setItem(COSName.OUTLINES, outline());
        catalog.setItem(COSName.PAGE_MODE, COSName.getPDFName("UseOutlines"));

        XmpPacket.Fields fields = new XmpPacket.Fields(InlineText.label(meta.title()), author(meta), meta.description(), meta.keywords(),
                meta.lang(), meta.rights(), layout.publisher(), PdfDates.xmp(date), PRODUCER_NAME, producer(), conformance);
        COSStream metadata = Streams.raw(XmpPacket.write(fields).getBytes(StandardCharsets.UTF_8));
        metadata.setItem(COSName.TYPE, COSName.METADATA);
        metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        catalog.setItem(COSName.METADATA, metadata);
        COSArray intents = new COSArray();
        intents.add(outputIntent());
        catalog.setItem(COSName.OUTPUT_INTENTS, intents);

        if (conformance.pdf2()) {
            // PDF 2.0 deprecates the Info dictionary and PDF/A-4 forbids it: the XMP says it all.
            return null;
        }
        COSDictionary info = new COSDictionary();
        info.setString(COSName.MOD_DATE, PdfDates.info(date));
        info.setString(COSName.TITLE, fields.title());
        if (fields.author() != null) {
            info.setString(COSName.AUTHOR, fields.author());
        }
        if (meta.description() != null) {
            info.setString(COSName.SUBJECT, meta.description());
        }
        if (!meta.keywords().isEmpty()) {
            info.setString(COSName.KEYWORDS, String.join(", ", meta.keywords()));
        }
        info.setString(COSName.CREATOR, PRODUCER_NAME);
        info.setString(COSName.PRODUCER, producer());
        info.setString(COSName.CREATION_DATE, PdfDates.info(date));
        return info;
    }

    /** PDF/A's output intent: sRGB, the space every colour in the file is given in. */
    private static COSDictionary outputIntent() throws IOException {
        COSStream profile = Streams.flateEncoded(SRGB_PROFILE_DEFLATED);
        profile.setInt(COSName.N, 3);
        COSDictionary intent = new COSDictionary();
        intent.setItem(COSName.TYPE, COSName.getPDFName("OutputIntent"));
        intent.setItem(COSName.S, COSName.getPDFName("GTS_PDFA1"));
        intent.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
        intent.setString(COSName.INFO, "sRGB IEC61966-2.1");
        intent.setString(COSName.OUTPUT_CONDITION, "sRGB IEC61966-2.1");
        intent.setString(COSName.OUTPUT_CONDITION_IDENTIFIER, "sRGB IEC61966-2.1");
        intent.setString(COSName.REGISTRY_NAME, "http://www.color.org");
        return intent;
    }

    private static String author(Metadata meta) {
        if (meta.authors().isEmpty()) {
            return null;
        }
        StringJoiner names = new StringJoiner(", ");
        for (Author author : meta.authors()) {
            names.add(author.displayName());
        }
        return names.toString();
    }

    static String producer() {
        String version = TaggedPdfWriter.class.getPackage().getImplementationVersion();
        return PRODUCER_NAME + " " + (version == null ? "development" : version);
    }

    /**
     * The outline, with the keys in the order and the counts PDFBox's PDOutlineNode.addLast gives: the root open,
     * counting its top-level entries; an entry with entries under it closed, its count minus their number.
     */
    private COSDictionary outline() {
        COSDictionary outline = new COSDictionary();
        outline.setItem(COSName.TYPE, COSName.OUTLINES);
        Deque<COSDictionary> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (OutlineEntry entry : layout.outline()) {
            COSDictionary item = new COSDictionary();
            item.setString(COSName.TITLE, entry.text());
            item.setItem(COSName.A, goTo(entry.page(), entry.y(), entry.tag()));
            COSDictionary element = tree.element(entry.tag());
            if (element != null) {
                item.setItem(COSName.getPDFName("SE"), element);
            }
            while (!levels.isEmpty() && levels.peek() >= entry.level()) {
                levels.pop();
                parents.pop();
            }
            COSDictionary parent = parents.isEmpty() ? outline : parents.peek();
            item.setItem(COSName.PARENT, parent);
            COSDictionary last = parent.getCOSDictionary(COSName.LAST);
            if (last == null) {
                parent.setItem(COSName.FIRST, item);
            } else {
                last.setItem(COSName.NEXT, item);
                item.setItem(COSName.PREV, last);
            }
            parent.setItem(COSName.LAST, item);
            parent.setInt(COSName.COUNT, parent.getInt(COSName.COUNT, 0) + (parent == outline ? 1 : -1));
            parents.push(item);
            levels.push(entry.level());
        }
        return outline;
    }


}
