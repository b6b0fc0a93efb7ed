package org.handout.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.handout.Fixtures;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * No PDF we write can run anything: every object reachable from the trailer is scanned for
 * JavaScript, launch, submit and import actions and for automatic (AA, OpenAction) triggers.
 */
class NoActiveContentTest {
    private static final Set<COSName> FORBIDDEN_KEYS = Set.of(COSName.JS, COSName.JAVA_SCRIPT, COSName.AA,
            COSName.OPEN_ACTION, COSName.getPDFName("Launch"), COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("ImportData"));
    private static final Set<String> FORBIDDEN_ACTIONS = Set.of("JavaScript", "Launch", "SubmitForm", "ImportData",
            "ResetForm", "Rendition", "GoToE", "Movie", "Sound", "RichMediaExecute");

    @TestFactory
    Stream<DynamicTest> everyFixtureAndTheHostileOnes() throws IOException {
        Path hostile = Path.of("src/test/resources/org/handout/robust/hostile-links.md");
        return Stream.concat(Fixtures.all(), Stream.of(hostile)).map(file -> DynamicTest.dynamicTest(
                file.getFileName().toString(), () -> {
                    Renderer renderer = new Renderer(RenderOptions.defaults().withKeepGoing(true));
                    byte[] pdf = renderer.render(file.toString(), Files.readAllBytes(file), file.getParent()).pdf();
                    assertEquals(List.of(), activeContent(pdf));
                }));
    }

    /** Every forbidden key or action type found, as "key" or "/S name"; empty when clean. */
    static List<String> activeContent(byte[] pdf) throws IOException {
        TreeSet<String> found = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            Deque<COSBase> todo = new ArrayDeque<>();
            todo.push(document.getDocument().getTrailer());
            while (!todo.isEmpty()) {
                COSBase next = todo.pop();
                COSBase value = next instanceof COSObject object ? object.getObject() : next;
                if (value == null || !seen.add(value)) {
                    continue;
                }
                if (value instanceof COSDictionary dictionary) {
                    inspect(dictionary, found);
                    todo.addAll(dictionary.getValues());
                } else if (value instanceof COSArray array) {
                    array.forEach(todo::push);
                }
            }
        }
        return List.copyOf(found);
    }

    private static void inspect(COSDictionary dictionary, Set<String> found) {
        for (COSName key : dictionary.keySet()) {
            if (FORBIDDEN_KEYS.contains(key)) {
                found.add(key.getName());
            }
        }
        String action = dictionary.getNameAsString(COSName.S);
        if (action != null && FORBIDDEN_ACTIONS.contains(action)) {
            found.add("/S " + action);
        }
        if (COSName.URI.getName().equals(action)) {
            String uri = dictionary.getString(COSName.URI);
            if (uri == null || !org.handout.source.UrlPolicy.allowed(uri)) {
                found.add("/URI " + uri);
            }
        }
    }

    /** Guards the guard: a PDF with an OpenAction running JavaScript is caught. */
    @org.junit.jupiter.api.Test
    void scannerFindsJavaScript() throws IOException {
        try (PDDocument document = new PDDocument();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            document.getDocumentCatalog().setOpenAction(
                    new org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript("app.alert(1)"));
            document.save(out);
            assertEquals(List.of("/S JavaScript", "JS", "OpenAction"), activeContent(out.toByteArray()));
        }
    }
}
