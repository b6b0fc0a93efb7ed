package org.handout.pdf.tagged;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.handout.pdf.layout.Tag;

/**
 * Builds the structure tree while the pages are written: an element joins its parent when the
 * layout opens it, and each marked-content sequence joins its owner when it is drawn. The kids of
 * every element are therefore in reading order, and the parent tree is complete by construction.
 */
final class StructureTree {
    private final COSDictionary root = new COSDictionary();
    private final Map<Tag, COSDictionary> elements = new IdentityHashMap<>();
    private final List<COSArray> pageParents = new ArrayList<>();
    private final List<COSDictionary> annotationParents = new ArrayList<>();
    private final TreeMap<String, COSDictionary> ids = new TreeMap<>();

    private final StructureTypes types;

    /** {@code pdf2}: PDF 2.0 structure types in their namespaces, for PDF/UA-2. */
    StructureTree(boolean pdf2) {
        root.setItem(COSName.TYPE, COSName.STRUCT_TREE_ROOT);
        root.setItem(COSName.K, new COSArray());
        this.types = pdf2 ? StructureTypes.pdf2(root) : StructureTypes.pdf17();
    }

    COSDictionary root() {
        return root;
    }

    COSDictionary element(Tag tag) {
        return elements.get(tag);
    }

    /** The structure type written for an element that has been opened. */
    String typeOf(Tag tag) {
        return elements.get(tag).getCOSName(COSName.S).getName();
    }

    /** Creates the element for {@code tag} and appends it to its parent's kids. */
    void open(Tag tag) {
        if (elements.containsKey(tag)) {
            return;
        }
        COSDictionary parent = tag.parent() == null ? root : elements.get(tag.parent());
        if (parent == null) {
            open(tag.parent());
            parent = elements.get(tag.parent());
        }
        COSDictionary element = new COSDictionary();
        element.setItem(COSName.TYPE, COSName.STRUCT_ELEM);
        types.describe(tag, element);
        element.setItem(COSName.P, parent);
        attributes(tag, element);
        kids(parent).add(element);
        elements.put(tag, element);
    }

    private static void attributes(Tag tag, COSDictionary element) {
        if (tag.alt() != null) {
            element.setString(COSName.ALT, tag.alt());
        }
        if (tag.lang() != null) {
            element.setString(COSName.LANG, tag.lang());
        }
        if (tag.actualText() != null) {
            element.setString(COSName.ACTUAL_TEXT, tag.actualText());
        }
        if (tag.title() != null) {
            element.setString(COSName.T, tag.title());
        }
        if (tag.id() != null) {
            element.setItem(COSName.ID, new COSString(tag.id()));
        }
        if (tag.scope() != null) {
            element.setItem(COSName.A, attributeDictionary("Table", "Scope", COSName.getPDFName(tag.scope())));
        }
        if (tag.listNumbering() != null) {
            element.setItem(COSName.A, attributeDictionary("List", "ListNumbering", COSName.getPDFName(tag.listNumbering())));
        }
        if (tag.bbox() != null) {
            COSArray box = new COSArray();
            for (float v : tag.bbox()) {
                box.add(new COSFloat(Math.round(v * 100) / 100f));
            }
            COSDictionary layout = attributeDictionary("Layout", "BBox", box);
            layout.setItem(COSName.getPDFName("Placement"), COSName.getPDFName("Block"));
            element.setItem(COSName.A, layout);
        }
    }

    private static COSDictionary attributeDictionary(String owner, String key, COSBase value) {
        COSDictionary a = new COSDictionary();
        a.setItem(COSName.O, COSName.getPDFName(owner));
        a.setItem(COSName.getPDFName(key), value);
        return a;
    }

    private static COSArray kids(COSDictionary element) {
        COSBase k = element.getDictionaryObject(COSName.K);
        if (k instanceof COSArray array) {
            return array;
        }
        COSArray array = new COSArray();
        element.setItem(COSName.K, array);
        return array;
    }

    /** Starts a new page's entry in the parent tree; returns its /StructParents key. */
    int beginPage() {
        pageParents.add(new COSArray());
        return pageParents.size() - 1;
    }

    /** Allocates the next MCID on {@code pageIndex} for content owned by {@code tag}. */
    int mark(Tag tag, int pageIndex, COSDictionary page) {
        open(tag);
        COSDictionary element = elements.get(tag);
        COSArray parents = pageParents.get(pageIndex);
        int mcid = parents.size();
        parents.add(element);
        if (element.getDictionaryObject(COSName.PG) == null) {
            element.setItem(COSName.PG, page);
        }
        if (element.getDictionaryObject(COSName.PG) == page) {
            kids(element).add(COSInteger.get(mcid));
        } else {
            COSDictionary mcr = new COSDictionary();
            mcr.setItem(COSName.TYPE, COSName.MCR);
            mcr.setItem(COSName.PG, page);
            mcr.setInt(COSName.MCID, mcid);
            kids(element).add(mcr);
        }
        return mcid;
    }

    /**
     * Ties a link annotation to its Link element; returns the annotation's /StructParent key.
     * Call only after every page has begun: annotation keys follow the page keys.
     */
    int annotation(Tag link, COSDictionary annotation, COSDictionary page) {
        open(link);
        COSDictionary element = elements.get(link);
        COSDictionary objr = new COSDictionary();
        objr.setItem(COSName.TYPE, COSName.OBJR);
        objr.setItem(COSName.OBJ, annotation);
        objr.setItem(COSName.PG, page);
        kids(element).add(objr);
        annotationParents.add(element);
        return pageParents.size() + annotationParents.size() - 1;
    }

    /** Writes the parent tree and ID tree; annotation keys follow the page keys. */
    void finish() {
        COSArray nums = new COSArray();
        for (int i = 0; i < pageParents.size(); i++) {
            nums.add(COSInteger.get(i));
            nums.add(pageParents.get(i));
        }
        for (int j = 0; j < annotationParents.size(); j++) {
            nums.add(COSInteger.get(pageParents.size() + j));
            nums.add(annotationParents.get(j));
        }
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.setItem(COSName.PARENT_TREE, parentTree);
        root.setInt(COSName.PARENT_TREE_NEXT_KEY, pageParents.size() + annotationParents.size());
        for (Map.Entry<Tag, COSDictionary> e : elements.entrySet()) {
            if (e.getKey().id() != null) {
                ids.put(e.getKey().id(), e.getValue());
            }
        }
        if (!ids.isEmpty()) {
            COSArray names = new COSArray();
            for (Map.Entry<String, COSDictionary> id : ids.entrySet()) {
                names.add(new COSString(id.getKey()));
                names.add(id.getValue());
            }
            COSDictionary idTree = new COSDictionary();
            idTree.setItem(COSName.NAMES, names);
            root.setItem(COSName.ID_TREE, idTree);
        }
    }
}
