package org.handout.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * The peer: openhtmltopdf 1.1.31 with PDF/UA and PDF/A-3a on, fed the renderer's own HTML page.
 * Its parser wants XML, so the HTML5 page goes through jsoup's W3C DOM converter (the peer's
 * documented way for HTML5); that step is timed as part of the peer. Font metrics are cached
 * across runs, the peer's best warm setting. The output intent's sRGB profile is read from the file
 * the renderer ships, as the peer's documentation does, rather than from {@code java.awt.color},
 * whose colour management would add to the peer's cold start what the peer itself does not need.
 */
public final class Peer {
    private static final String FONTS = "/fonts/";
    private final byte[] regular = font("AtkinsonHyperlegibleNext_400Regular.ttf");
    private final byte[] bold = font("AtkinsonHyperlegibleNext_700Bold.ttf");
    private final byte[] italic = font("AtkinsonHyperlegibleNext_400Regular_Italic.ttf");
    private final byte[] boldItalic = font("AtkinsonHyperlegibleNext_700Bold_Italic.ttf");
    private final byte[] mono = font("AtkinsonHyperlegibleMono_400Regular.ttf");
    private final byte[] srgb = resource("/org/handout/pdf/tagged/sRGB.icc");
    private final FSDefaultCacheStore cache = new FSDefaultCacheStore();

    static {
        XRLog.setLoggingEnabled(false);
    }

    public byte[] pdf(String html) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
        builder.useColorProfile(srgb);
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, cache);
        // The page's CSS asks for system-ui (text) and ui-monospace (code) first.
        builder.useFont(() -> in(regular), "system-ui", 400, FontStyle.NORMAL, true);
        builder.useFont(() -> in(bold), "system-ui", 700, FontStyle.NORMAL, true);
        builder.useFont(() -> in(italic), "system-ui", 400, FontStyle.ITALIC, true);
        builder.useFont(() -> in(boldItalic), "system-ui", 700, FontStyle.ITALIC, true);
        builder.useFont(() -> in(mono), "ui-monospace", 400, FontStyle.NORMAL, true);
        builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "file:///");
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static InputStream in(byte[] data) {
        return new ByteArrayInputStream(data);
    }

    private static byte[] font(String file) {
        return resource(FONTS + file);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Peer.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
