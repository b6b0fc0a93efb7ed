package org.handout.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's shape, checked on the compiled classes: source -> model -> transforms -> writers,
 * with no package importing another in a loop, and a model that knows no output format.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.handout");
    }

    @Test
    void packagesDoNotImportEachOtherInALoop() {
        slices().matching("org.handout.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theModelKnowsNoWriterAndNoOutputFormat() {
        noClasses().that().resideInAPackage("org.handout.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.handout.html..", "org.handout.pdf..",
                        "org.handout.citation..", "org.handout.transform..", "org.handout.source..",
                        "org.apache.pdfbox..", "org.jsoup..", "de.undercouch..", "org.commonmark..")
                .check(classes);
    }

    @Test
    void writersDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("org.handout.html..")
                .should().dependOnClassesThat().resideInAPackage("org.handout.pdf..").check(classes);
        noClasses().that().resideInAPackage("org.handout.pdf..")
                .should().dependOnClassesThat().resideInAPackage("org.handout.html..").check(classes);
    }
}
