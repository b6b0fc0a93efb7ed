package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.handout.pdf.tagged.Conformance;
import org.handout.render.RenderOptions;
import org.handout.render.Renderer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The machine-readable copies of the references: the archival PDF's CSL-JSON (/Data) carries every
 * field the source gave, names as objects, checked against the source's own YAML read by a YAML
 * parser; the page's JSON-LD types each reference by what it is.
 */
class ReferenceCopiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Renderer.Result render(Path fixture, boolean archival) throws Exception {
        RenderOptions options = RenderOptions.defaults();
        if (archival) {
            options = options.withPdf(options.pdf().withConformance(Conformance.UA1_A3A, true));
        }
        return new Renderer(options).render(fixture.toString(), Files.readAllBytes(fixture), fixture.getParent());
    }

    @Test
    void theArchivalCopyHasEveryFieldTheSourceGave() throws Exception {
        Path fixture = Path.of("fixtures/citations-data.md");
        String source = Files.readString(fixture);
        Map<?, ?> frontMatter = (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(source.substring(4, source.indexOf("\n---", 4)));
        JsonNode items;
        try (PDDocument pdf = Loader.loadPDF(render(fixture, true).pdf())) {
            PDComplexFileSpecification data = pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("references.json");
            assertEquals("Data", data.getCOSObject().getNameAsString("AFRelationship"));
            items = JSON.readTree(data.getEmbeddedFile().toByteArray());
        }
        List<String> checked = new ArrayList<>();
        for (Object reference : (List<?>) frontMatter.get("references")) {
            Map<?, ?> fields = (Map<?, ?>) reference;
            JsonNode item = byId(items, String.valueOf(fields.get("id")));
            if (String.valueOf(fields.get("id")).equals("never-cited")) {
                assertEquals(null, item, "an uncited data reference is not listed, as in Pandoc");
                continue;
            }
            assertNotNull(item, fields.get("id") + " is in the archival copy");
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                JsonNode value = item.get(String.valueOf(field.getKey()));
                assertNotNull(value, fields.get("id") + " keeps " + field.getKey());
                if (field.getValue() instanceof List<?> names) {
                    assertEquals(JSON.valueToTree(names), value, "names stay objects");
                } else if (field.getValue() instanceof Map<?, ?> || String.valueOf(field.getKey()).matches("issued|accessed")) {
                    assertTrue(value.has("date-parts"), field.getKey() + " is a CSL date");
                } else {
                    assertEquals(String.valueOf(field.getValue()), value.asText(), fields.get("id") + " " + field.getKey());
                }
                checked.add(String.valueOf(field.getKey()));
            }
        }
        assertTrue(checked.containsAll(List.of("volume", "issue", "page", "publisher", "edition", "PMCID", "ISBN",
                "publisher-place", "container-title-short")), "the fixture exercises the fields the issue names: " + checked);
    }

    @Test
    void theArchivalCopyOfAFreeTextEntryHasWhatTheParserRead() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(Path.of("fixtures/magnesium-treatment-for-depression.md"), true).pdf())) {
            JsonNode item = JSON.readTree(pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("references.json").getEmbeddedFile().toByteArray()).get(0);
            assertEquals("Zarate", item.get("author").get(0).get("family").asText());
            assertEquals("C.", item.get("author").get(0).get("given").asText());
            assertEquals("1292", item.get("volume").asText());
            assertEquals("1", item.get("issue").asText());
            assertEquals("21-31", item.get("page").asText());
            assertEquals("[[2013,7]]", item.get("issued").get("date-parts").toString());
        }
    }

    @Test
    void jsonLdTypesEachReference() throws Exception {
        JsonNode data = jsonLd(render(Path.of("fixtures/citations-numeric.md"), false).html());
        List<String> types = new ArrayList<>();
        data.get("citation").forEach(c -> types.add(c.get("@type").asText()));
        assertEquals(List.of("ScholarlyArticle", "ScholarlyArticle", "ScholarlyArticle", "CreativeWork"), types);
        JsonNode unread = data.get("citation").get(3);
        assertTrue(unread.get("description").asText().startsWith("National Institute of Mental Health. Depression."),
                "an entry that could not be read is described by its text, not named by it");
        assertEquals(null, unread.get("name"));
        JsonNode ods = byType(jsonLd(render(Path.of("fixtures/citations-data.md"), false).html()), "WebPage");
        assertEquals("Organization", ods.get("author").get(0).get("@type").asText());
        assertEquals("Office of Dietary Supplements", ods.get("author").get(0).get("name").asText());
    }

    private static JsonNode jsonLd(String html) throws Exception {
        return JSON.readTree(Jsoup.parse(html).selectFirst("script[type=application/ld+json]").data());
    }

    private static JsonNode byType(JsonNode data, String type) {
        for (JsonNode citation : data.get("citation")) {
            if (citation.get("@type").asText().equals(type)) {
                return citation;
            }
        }
        throw new AssertionError("no " + type + " in " + data);
    }

    private static JsonNode byId(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        return null;
    }
}
