package org.handout.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.security.MessageDigest;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Our SHA-256 against the JDK's MessageDigest, the implementation it stands in for. */
class Sha256Test {
    @Test
    void hashesAsMessageDigestDoes() throws Exception {
        Random random = new Random(20261201);
        // Every length around the padding's edges (55, 56, 63, 64 bytes and their multiples), then larger ones.
        for (int length = 0; length < 300; length++) {
            check(random, length);
        }
        for (int length : new int[] {1000, 4095, 65_536, 1_000_003}) {
            check(random, length);
        }
    }

    @Test
    void hashesAPartOfAnArray() throws Exception {
        byte[] data = new byte[1000];
        new Random(7).nextBytes(data);
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update(data, 13, 700);
        assertArrayEquals(digest.digest(), Sha256.hash(data, 13, 700));
        byte[] longer = new byte[Sha256.LONG + 100];
        new Random(8).nextBytes(longer);
        assertArrayEquals(Sha256.ours(longer, 50, Sha256.LONG + 20), Sha256.hash(longer, 50, Sha256.LONG + 20));
    }

    private static void check(Random random, int length) throws Exception {
        byte[] data = new byte[length];
        random.nextBytes(data);
        assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), Sha256.ours(data, 0, length), "length " + length);
    }
}
