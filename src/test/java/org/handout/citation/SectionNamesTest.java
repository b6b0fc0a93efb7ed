package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Headings that name a reference section, as authors write them: case, accents, marks and a closing colon aside. */
class SectionNamesTest {
    @Test
    void namesAreFoundWhateverTheirCaseAndAccents() {
        for (String heading : new String[] {"References", "Références :", "Weiterführende Literatur", "BIBLIOGRAFÍA",
            "Per saperne di più", "Works Cited.", "المراجع", "المصادر والمراجع", "قائمة المراجع:"}) {
            assertTrue(SectionNames.namesReferences(heading), heading);
        }
        for (String heading : new String[] {"Reference", "Referências e notas", "Treatment", "المرض", "参考文献"}) {
            assertFalse(SectionNames.namesReferences(heading), heading);
        }
    }
}
