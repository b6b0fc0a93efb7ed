package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/** One page of positioned items, in reading order. */
public final class LaidOutPage {
    private final float width;
    private final float height;
    private final List<Item> items = new ArrayList<>();

    LaidOutPage(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public List<Item> items() {
        return items;
    }

    void add(Item item) {
        items.add(item);
    }

    /** Adds a background artifact beneath everything already on the page. */
    void underlay(Item item) {
        items.add(0, item);
    }
}
