package org.handout.pdf.layout;

/**
 * A structure element in the making: the layout creates one for every semantic role it lays out
 * (heading, paragraph, list item, link…) and hands it to the serializer with the content it owns.
 * Fields other than {@code type} and {@code parent} are optional attributes.
 */
public final class Tag {
    private final String type;
    private final Tag parent;
    private String alt;
    private String lang;
    private String actualText;
    private boolean actualTextInContent = true;
    private String id;
    private String scope;
    private String listNumbering;
    private float[] bbox;
    private String title;

    public Tag(String type, Tag parent) {
        this.type = type;
        this.parent = parent;
    }

    public String type() {
        return type;
    }

    public Tag parent() {
        return parent;
    }

    /** How deep the element sits in the structure tree: 1 for the root's own elements. */
    public int depth() {
        return parent == null ? 1 : parent.depth() + 1;
    }

    public String alt() {
        return alt;
    }

    public Tag alt(String value) {
        alt = value;
        return this;
    }

    public String lang() {
        return lang;
    }

    public Tag lang(String value) {
        lang = value;
        return this;
    }

    public String actualText() {
        return actualText;
    }

    public Tag actualText(String value) {
        actualText = value;
        return this;
    }

    /**
     * /ActualText for the structure tree only, not repeated on the marked content: for glyphs in
     * visual order, which tools reading the page turn into logical order themselves.
     */
    public Tag structureText(String value) {
        actualText = value;
        actualTextInContent = false;
        return this;
    }

    /** Whether the marked content repeats the /ActualText, for tools that read the page without the tree. */
    public boolean actualTextInContent() {
        return actualTextInContent;
    }

    /** The /ID of a Note, which PDF/UA requires to be unique. */
    public String id() {
        return id;
    }

    public Tag id(String value) {
        id = value;
        return this;
    }

    /** Table attribute /Scope of a TH: Column or Row. */
    public String scope() {
        return scope;
    }

    public Tag scope(String value) {
        scope = value;
        return this;
    }

    /** List attribute /ListNumbering: Disc, Circle, Square, Decimal or None. */
    public String listNumbering() {
        return listNumbering;
    }

    public Tag listNumbering(String value) {
        listNumbering = value;
        return this;
    }

    /** Layout attribute /BBox (page coordinates) of a Figure. */
    public float[] bbox() {
        return bbox;
    }

    public Tag bbox(float[] value) {
        bbox = value;
        return this;
    }

    /** /T: a title for the element, used for sections. */
    public String title() {
        return title;
    }

    public Tag title(String value) {
        title = value;
        return this;
    }
}
