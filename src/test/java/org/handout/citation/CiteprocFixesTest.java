package org.handout.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The style edits that make citeproc-java follow a style's rules, each on the smallest style text
 * that shows it. (PandocComparisonTest shows the same rules on real styles and references.)
 */
class CiteprocFixesTest {

    @Test
    void locatorConditionsAreDecidedForTheLabel() {
        String style = "<choose><if locator=\"chapter\"><text value=\"A\"/></if>"
                + "<else-if locator=\"page\" match=\"none\"><text value=\"B\"/></else-if>"
                + "<else-if locator=\"page\" type=\"book\"><text value=\"C\"/></else-if>"
                + "<else-if locator=\"figure\" variable=\"URL\" match=\"any\"><text value=\"D\"/></else-if></choose>";
        String always = "variable=\"citation-number\"";
        String never = "type=\"x-none\"";
        assertEquals("<choose><if " + always + "><text value=\"A\"/></if><else-if " + always + "><text value=\"B\"/></else-if>"
                + "<else-if " + never + "><text value=\"C\"/></else-if><else-if variable=\"URL\" match=\"any\"><text value=\"D\"/>"
                + "</else-if></choose>", CiteprocFixes.style(style, "chapter"));
        assertEquals("<choose><if " + never + "><text value=\"A\"/></if><else-if " + never + "><text value=\"B\"/></else-if>"
                + "<else-if type=\"book\"><text value=\"C\"/></else-if><else-if variable=\"URL\" match=\"any\"><text value=\"D\"/>"
                + "</else-if></choose>", CiteprocFixes.style(style, "page"));
        assertTrue(CiteprocFixes.style(style, null).startsWith("<choose><if " + never + ">"), "no locator: no label holds");
    }

    @Test
    void aLabelThatIsNeverPluralIsTheSingularTerm() {
        assertEquals("<text form=\"short\" prefix=\" \" term=\"page\"/>",
                CiteprocFixes.style("<label variable=\"page\" form=\"short\" prefix=\" \" plural=\"never\"/>", null));
        assertEquals("<text form=\"short\" term=\"chapter\"/>",
                CiteprocFixes.style("<label variable=\"locator\" form=\"short\" plural=\"never\"/>", "chapter"));
    }

    @Test
    void substituteNamesWithTheirOwnLabelAreWrappedAndShorthandOnesAreNot() {
        String style = "<names variable=\"author\"><name/><substitute><names variable=\"translator\"/>"
                + "<names variable=\"editor\"><name/><label form=\"short\"/></names></substitute></names>";
        assertEquals("<names variable=\"author\"><name/><substitute><names variable=\"translator\"/>"
                + "<group><names variable=\"editor\"><name/><label form=\"short\"/></names></group></substitute></names>",
                CiteprocFixes.style(style, null));
    }

    @Test
    void aDatesDelimiterGoesBeforeEachPartAfterTheFirst() {
        assertEquals("<date variable=\"issued\" delimiter=\" \"><date-part name=\"year\"/>"
                + "<date-part name=\"month\" form=\"short\" prefix=\" \"/></date>",
                CiteprocFixes.style("<date variable=\"issued\" delimiter=\" \"><date-part name=\"year\"/>"
                        + "<date-part name=\"month\" form=\"short\"/></date>", null));
    }
}
