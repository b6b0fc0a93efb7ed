package org.handout.pdf.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.ibm.icu.lang.UScript;
import org.junit.jupiter.api.Test;

/** Where the layout answers without ICU which characters belong to no one script, it agrees with ICU. */
class NoScriptTest {

    @Test
    void theWrittenTableAgreesWithIcu() {
        for (int cp = 0; cp < 0x2070; cp = cp == 0x2ff ? 0x2000 : cp + 1) {
            int script = UScript.getScript(cp);
            assertEquals(script == UScript.COMMON || script == UScript.INHERITED, ShapedText.ofNoScript(cp),
                    Integer.toHexString(cp));
        }
    }
}
