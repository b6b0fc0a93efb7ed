package org.handout.pdf.tagged;

/**
 * The standards a PDF claims, and what each needs: the PDF version, the PDF/A part and level,
 * and the PDF/UA part.
 */
public enum Conformance {
    /** The default: PDF/UA-1 and PDF/A-2a on PDF 1.7. */
    UA1_A2A(1, 2, "A", 1.7f),
    /** Archival: PDF/UA-1 and PDF/A-3a, carrying the Markdown source (and its images, references). */
    UA1_A3A(1, 3, "A", 1.7f),
    /** PDF 2.0 with PDF/UA-2 and PDF/A-4, which has no conformance level (and so no pdfaid:conformance). */
    UA2_A4(2, 4, null, 2.0f),
    /** PDF 2.0 with PDF/UA-2 and PDF/A-4f, which needs at least one embedded file: only for archival. */
    UA2_A4F(2, 4, "F", 2.0f);

    private final int uaPart;
    private final int aPart;
    private final String aLevel;
    private final float pdfVersion;

    Conformance(int uaPart, int aPart, String aLevel, float pdfVersion) {
        this.uaPart = uaPart;
        this.aPart = aPart;
        this.aLevel = aLevel;
        this.pdfVersion = pdfVersion;
    }

    public int uaPart() {
        return uaPart;
    }

    public int aPart() {
        return aPart;
    }

    /** The PDF/A conformance level ("A", "F"), or null for plain PDF/A-4. */
    public String aLevel() {
        return aLevel;
    }

    public float pdfVersion() {
        return pdfVersion;
    }

    public boolean pdf2() {
        return pdfVersion >= 2.0f;
    }

    /** The combination the command line's {@code --archival} and {@code --pdf-ua} ask for. */
    public static Conformance of(boolean archival, int uaPart) {
        if (uaPart == 2) {
            return archival ? UA2_A4F : UA2_A4;
        }
        return archival ? UA1_A3A : UA1_A2A;
    }
}
