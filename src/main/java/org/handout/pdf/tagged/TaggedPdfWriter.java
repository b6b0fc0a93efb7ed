package org.handout.pdf.tagged;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.handout.i18n.Labels;
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

    private final Document source;
    private final PageLayout layout;
    private final Conformance conformance;
    private final List<Attachment> attachments;
    private final OffsetDateTime date;
    private final COSDictionary catalog = new COSDictionary();
    private final COSDictionary pageTree = new COSDictionary();
    /** Made only for a document with images: PDFBox's image factories take one (and load AWT, which text never needs). */
    private PDDocument imageFactory;
    private final PDResources resources = new PDResources();
    private final FontEmbedder fonts = new FontEmbedder();
    private final StructureTree tree;
    private final Map<ImageFile, COSName> images = new IdentityHashMap<>();
    private final Map<String, Destination> anchors = new HashMap<>();
    private final List<PendingLink> links = new ArrayList<>();
    /** Pages by index, for links and outline entries; they become the page tree's kids at the end. */
    private final List<PDPage> pages = new ArrayList<>();

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
            pages.forEach(kids::add);
            pageTree.setItem(COSName.KIDS, kids);
            pageTree.setInt(COSName.COUNT, pages.size());
            catalog.setItem(COSName.PAGES, pageTree);
            for (PendingLink link : links) {
                annotate(link);
            }
            tree.finish();
            COSDictionary fontDictionary = new COSDictionary();
            fonts.finish().forEach((name, font) -> fontDictionary.setItem(COSName.getPDFName(name), font));
            resources.getCOSObject().setItem(COSName.FONT, fontDictionary);
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
        PDPage page = new PDPage(new PDRectangle(laidOut.width(), laidOut.height()));
        page.getCOSObject().setItem(COSName.PARENT, pageTree);
        int pageIndex = pages.size();
        pages.add(page);
        page.setResources(resources);
        page.getCOSObject().setInt(COSName.STRUCT_PARENTS, tree.beginPage());
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
                    int mcid = tree.mark(owner, pageIndex, page.getCOSObject());
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
        page.getCOSObject().setItem(COSName.CONTENTS, Streams.flate(bytes));
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
            resources.put(name, xobject);
            images.put(file, name);
        }
        return name;
    }

    private void annotate(PendingLink pending) {
        Item.LinkArea area = pending.area();
        PDPage page = pages.get(pending.page());
        PDAnnotationLink link = new PDAnnotationLink();
        if (area.uri() != null) {
            PDActionURI action = new PDActionURI();
            action.setURI(area.uri());
            link.setAction(action);
        } else {
            Destination target = anchors.get(area.anchor());
            if (target == null) {
                return;
            }
            link.setAction(goTo(target.page(), target.y(), target.target()));
        }
        link.setRectangle(new PDRectangle(area.x(), area.y(), area.width(), area.height()));
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        link.setBorderStyle(border);
        link.setPrinted(true);
        link.setPage(page);
        link.setContents(contents(area));
        link.setStructParent(tree.annotation(area.link(), link.getCOSObject(), page.getCOSObject()));
        List<PDAnnotation> annotations = new ArrayList<>(annotationsOf(page));
        annotations.add(link);
        page.setAnnotations(annotations);
        page.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
    }

    /**
     * A go-to action to a place on a page; in PDF 2.0 also to the structure element there (a
     * structure destination, which PDF/UA-2 requires for every destination inside the document).
     */
    private PDActionGoTo goTo(int page, float y, Tag target) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(pages.get(page));
        destination.setLeft(0);
        destination.setTop(Math.round(y));
        PDActionGoTo action = new PDActionGoTo();
        action.setDestination(destination);
        COSDictionary element = target == null ? null : tree.element(target);
        if (conformance.pdf2() && element != null) {
            COSArray structure = new COSArray();
            structure.add(element);
            structure.add(COSName.getPDFName("XYZ"));
            structure.add(COSInteger.ZERO);
            structure.add(COSInteger.get(Math.round(y)));
            structure.add(COSInteger.ZERO);
            action.getCOSObject().setItem(COSName.getPDFName("SD"), structure);
        }
        return action;
    }

    private static List<PDAnnotation> annotationsOf(PDPage page) {
        try {
            return page.getAnnotations();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        catalog.setItem(COSName.MARK_INFO, markInfo);
        PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
        preferences.setDisplayDocTitle(true);
        catalog.setItem(COSName.VIEWER_PREFERENCES, preferences);
        catalog.setItem(COSName.STRUCT_TREE_ROOT, tree.root());
        catalog.setItem(COSName.OUTLINES, outline());
        catalog.setItem(COSName.PAGE_MODE, COSName.getPDFName("UseOutlines"));

        XmpPacket.Fields fields = new XmpPacket.Fields(InlineText.label(meta.title()), author(meta), meta.description(), meta.keywords(),
                meta.lang(), meta.rights(), layout.publisher(), PdfDates.xmp(date), PRODUCER_NAME, producer(), conformance);
        COSStream metadata = new COSStream();
        metadata.setItem(COSName.TYPE, COSName.METADATA);
        metadata.setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        try (OutputStream out = metadata.createRawOutputStream()) {
            out.write(XmpPacket.write(fields).getBytes(StandardCharsets.UTF_8));
        }
        catalog.setItem(COSName.METADATA, metadata);
        COSArray intents = new COSArray();
        intents.add(outputIntent());
        catalog.setItem(COSName.OUTPUT_INTENTS, intents);

        if (conformance.pdf2()) {
            // PDF 2.0 deprecates the Info dictionary and PDF/A-4 forbids it: the XMP says it all.
            return null;
        }
        PDDocumentInformation info = new PDDocumentInformation();
        info.getCOSObject().setString(COSName.MOD_DATE, PdfDates.info(date));
        info.setTitle(fields.title());
        if (fields.author() != null) {
            info.setAuthor(fields.author());
        }
        if (meta.description() != null) {
            info.setSubject(meta.description());
        }
        if (!meta.keywords().isEmpty()) {
            info.setKeywords(String.join(", ", meta.keywords()));
        }
        info.setCreator(PRODUCER_NAME);
        info.setProducer(producer());
        info.getCOSObject().setString(COSName.CREATION_DATE, PdfDates.info(date));
        return info.getCOSObject();
    }

    /** PDF/A's output intent: sRGB, the space every colour in the file is given in. */
    private static COSDictionary outputIntent() throws IOException {
        COSStream profile = Streams.flate(SRGB_PROFILE);
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
        return String.join(", ", meta.authors().stream().map(a -> a.displayName()).toList());
    }

    static String producer() {
        String version = TaggedPdfWriter.class.getPackage().getImplementationVersion();
        return PRODUCER_NAME + " " + (version == null ? "development" : version);
    }

    private PDDocumentOutline outline() {
        PDDocumentOutline outline = new PDDocumentOutline();
        Deque<PDOutlineItem> parents = new ArrayDeque<>();
        Deque<Integer> levels = new ArrayDeque<>();
        for (OutlineEntry entry : layout.outline()) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(entry.text());
            item.setAction(goTo(entry.page(), entry.y(), entry.tag()));
            COSDictionary element = tree.element(entry.tag());
            if (element != null) {
                item.getCOSObject().setItem(COSName.getPDFName("SE"), element);
            }
            while (!levels.isEmpty() && levels.peek() >= entry.level()) {
                levels.pop();
                parents.pop();
            }
            if (parents.isEmpty()) {
                outline.addLast(item);
            } else {
                parents.peek().addLast(item);
            }
            parents.push(item);
            levels.push(entry.level());
        }
        outline.openNode();
        return outline;
    }


}
