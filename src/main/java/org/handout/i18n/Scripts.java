package org.handout.i18n;

/** Facts about writing systems that both the transforms and the layout need. */
public final class Scripts {
    /** Hebrew, at U+0590, is the first right-to-left script in Unicode; no character before it is right to left. */
    public static final char FIRST_RIGHT_TO_LEFT = '\u0590';

    private Scripts() {}

    /** True when every char comes before U+0590: such text needs no script or bidi analysis, which most text skips so. */
    public static boolean allBeforeRightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_RIGHT_TO_LEFT) {
                return false;
            }
        }
        return true;
    }
}
