package org.handout.pdf.layout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The cursor of the layout: the current page, the vertical position on it, and which structure
 * elements have begun. Opening an element opens its ancestors first, so the reading order of the
 * structure tree is the order in which content is placed.
 */
final class PageFlow {
    private final Theme theme;
    private final List<LaidOutPage> pages = new ArrayList<>();
    private final Set<Tag> opened = new HashSet<>();
    private Tag lastOwner;
    private LaidOutPage page;
    private float y;
    private boolean landscape;

    PageFlow(Theme theme) {
        this.theme = theme;
        newPage();
    }

    void newPage() {
        float width = theme.pageSize().width();
        float height = theme.pageSize().height();
        page = landscape ? new LaidOutPage(height, width) : new LaidOutPage(width, height);
        pages.add(page);
        y = top();
    }

    /**
     * Continues on a landscape page (for a table too wide for portrait) or back on a portrait one.
     * A page with nothing on it yet is turned rather than left blank.
     */
    void turn(boolean value) {
        landscape = value;
        boolean blank = atTop() && page.items().stream().allMatch(i -> i instanceof Item.Open || i instanceof Item.Anchor);
        if (blank) {
            LaidOutPage turned = new LaidOutPage(page.height(), page.width());
            page.items().forEach(turned::add);
            pages.set(pages.size() - 1, turned);
            page = turned;
            y = top();
        } else {
            newPage();
        }
    }

    /** Drops a last page that nothing was placed on: the portrait page begun after a landscape table that ends the document. */
    void dropBlankLastPage() {
        if (pages.size() > 1 && page.items().isEmpty()) {
            pages.remove(pages.size() - 1);
            page = pages.get(pages.size() - 1);
        }
    }

    boolean landscape() {
        return landscape;
    }

    float top() {
        return page.height() - theme.margin();
    }

    float bottom() {
        return theme.margin() + theme.footerSize() * 2.6f;
    }

    float y() {
        return y;
    }

    void down(float amount) {
        y -= amount;
    }

    float remaining() {
        return y - bottom();
    }

    boolean atTop() {
        return y >= top() - 0.01f;
    }

    /** Starts a new page unless {@code height} fits here (or this page is still empty). */
    void need(float height) {
        if (height > remaining() && !atTop()) {
            newPage();
        }
    }

    int pageIndex() {
        return pages.size() - 1;
    }

    List<LaidOutPage> pages() {
        return pages;
    }

    LaidOutPage page(int index) {
        return pages.get(index);
    }

    void open(Tag tag) {
        if (tag == null || opened.contains(tag)) {
            return;
        }
        open(tag.parent());
        opened.add(tag);
        page.add(new Item.Open(tag));
    }

    /** Adds an item, first opening its owner (and the owner's ancestors) if needed. */
    void add(Item item) {
        // Runs of items share an owner: only a new owner needs the look-up in the set of opened tags.
        if (item.owner() != lastOwner) {
            open(item.owner());
            lastOwner = item.owner();
        }
        page.add(item);
    }
}
