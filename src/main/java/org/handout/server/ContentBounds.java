package org.handout.server;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What one page's content stream paints, by marked content: the area and text of each MCID, and the area of each
 * artifact, in default user space. Glyphs count with their font's ascent and descent, images with their placement,
 * paths where they are stroked or filled. Whatever is painted counts for the innermost open MCID or artifact.
 */
final class ContentBounds extends PDFGraphicsStreamEngine {
    /** An artifact's area, and whether it only drew lines and boxes (no glyph, no image). */
    record Artifact(Rectangle2D area, boolean drawing) {}

    /** An open marked-content sequence: an MCID (or -1), or an artifact with what it painted so far. */
    private static final class Open {
        final int mcid;
        final boolean artifact;
        Rectangle2D area;
        boolean glyphsOrImages;

        Open(int mcid, boolean artifact) {
            this.mcid = mcid;
            this.artifact = artifact;
        }
    }

    private final Deque<Open> open = new ArrayDeque<>();
    private final Map<Integer, Rectangle2D> areas = new HashMap<>();
    private final Map<Integer, StringBuilder> texts = new HashMap<>();
    private final List<Artifact> artifacts = new ArrayList<>();
    private Rectangle2D path;
    private Point2D current = new Point2D.Float();

    private ContentBounds(PDPage page) {
        super(page);
        addOperator(new BeginMarkedContentSequence(this));
        addOperator(new BeginMarkedContentSequenceWithProperties(this));
        addOperator(new EndMarkedContentSequence(this));
    }

    static ContentBounds of(PDPage page) throws IOException {
        ContentBounds bounds = new ContentBounds(page);
        bounds.processPage(page);
        return bounds;
    }

    /** The area an MCID painted on this page, or null if it painted nothing. */
    Rectangle2D area(int mcid) {
        return areas.get(mcid);
    }

    /** The text an MCID shows (by the fonts' ToUnicode maps), empty if none. */
    String text(int mcid) {
        StringBuilder text = texts.get(mcid);
        return text == null ? "" : text.toString();
    }

    List<Artifact> artifacts() {
        return artifacts;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
        open.push(new Open(mcid, COSName.ARTIFACT.equals(tag)));
    }

    @Override
    public void endMarkedContentSequence() {
        Open closed = open.poll();
        if (closed != null && closed.artifact && closed.area != null) {
            artifacts.add(new Artifact(closed.area, !closed.glyphsOrImages));
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        float ascent = descriptor == null || descriptor.getAscent() == 0 ? 0.8f : descriptor.getAscent() / 1000;
        float descent = descriptor == null ? -0.2f : descriptor.getDescent() / 1000;
        // Glyph space scaled to text space units, which the text rendering matrix takes to the page.
        Rectangle2D glyph = null;
        for (float[] corner : new float[][] {{0, descent}, {displacement.getX(), descent}, {0, ascent},
                {displacement.getX(), ascent}}) {
            glyph = union(glyph, textRenderingMatrix.transformPoint(corner[0], corner[1]));
        }
        Open target = paintShown(glyph);
        String unicode = font.toUnicode(code);
        if (target != null && target.mcid >= 0 && unicode != null) {
            texts.computeIfAbsent(target.mcid, k -> new StringBuilder()).append(unicode);
        }
    }

    @Override
    public void drawImage(PDImage image) {
        Matrix placement = getGraphicsState().getCurrentTransformationMatrix();
        Rectangle2D area = null;
        for (float[] corner : new float[][] {{0, 0}, {1, 0}, {0, 1}, {1, 1}}) {
            area = union(area, placement.transformPoint(corner[0], corner[1]));
        }
        paintShown(area);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        for (Point2D point : new Point2D[] {p0, p1, p2, p3}) {
            path = union(path, point);
        }
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        lineTo(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        current = new Point2D.Float(x, y);
        path = union(path, current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // The control points bound the curve.
        path = union(path, new Point2D.Float(x1, y1));
        path = union(path, new Point2D.Float(x2, y2));
        lineTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        // The closing segment ends where the path began, already inside the bounds.
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void clip(int windingRule) {
        // A clip paints nothing; the path is ended by the next operator.
    }

    @Override
    public void strokePath() {
        paint(path);
        path = null;
    }

    @Override
    public void fillPath(int windingRule) {
        strokePath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokePath();
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // The renderer paints no shadings.
    }

    /** Paints a glyph or an image, which makes an artifact more than a drawing. */
    private Open paintShown(Rectangle2D area) {
        Open target = paint(area);
        if (target != null) {
            target.glyphsOrImages = true;
        }
        return target;
    }

    /** Adds a painted area to the innermost open MCID or artifact, and returns that sequence. */
    private Open paint(Rectangle2D area) {
        if (area == null) {
            return null;
        }
        for (Open sequence : open) {
            if (sequence.artifact) {
                sequence.area = sequence.area == null ? area : sequence.area.createUnion(area);
                return sequence;
            }
            if (sequence.mcid >= 0) {
                areas.merge(sequence.mcid, area, Rectangle2D::createUnion);
                return sequence;
            }
        }
        return null;
    }

    private static Rectangle2D union(Rectangle2D area, Point2D point) {
        if (area == null) {
            return new Rectangle2D.Double(point.getX(), point.getY(), 0, 0);
        }
        area.add(point);
        return area;
    }
}
