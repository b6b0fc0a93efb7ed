package org.handout.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The normal forms' shortcuts give what java.text.Normalizer gives, for text on both sides of their limits. */
class UnicodeFormsTest {
    private static final int[] ALPHABET = {'a', 'Z', ' ', '-', 0xA0, 0xBD, 0xE9, 0xFF, 0x130, 0x2BC, 0x2FF, 0x300, 0x301,
        0x340, 0x1E9B, 0x212B, 0xFB01, 0xAC00, 0x1100, 0x1161, 0x0928, 0x093C, 0x1D15E};

    @Test
    void shortcutsAgreeWithTheNormalizer() {
        Random random = new Random(20261201);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            // Mostly text below each limit, so that the shortcuts are taken as often as not.
            int highest = random.nextInt(3) == 0 ? ALPHABET.length : random.nextInt(10);
            for (int n = random.nextInt(8); n > 0; n--) {
                text.appendCodePoint(ALPHABET[random.nextInt(Math.max(1, highest))]);
            }
            String s = text.toString();
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFC), UnicodeForms.nfc(s), s);
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", ""), UnicodeForms.withoutMarks(s), s);
        }
        assertEquals("Cafe file", UnicodeForms.withoutMarks("Café ﬁle"));
    }
}
