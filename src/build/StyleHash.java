import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writes the Content-Security-Policy source that allows the page's style sheet, {@code 'sha256-…'} (run by the build:
 * `java StyleHash.java CSS OUT`). The sheet never changes between renders, and hashing its 7 KB in a cold start took
 * 4 ms of interpreted SHA-256 (issue 20); org.handout.html.Head reads this instead, and PageTest holds the page's
 * policy to the hash of the style sheet it carries.
 */
public final class StyleHash {
    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(Path.of(args[0])));
        Files.writeString(Path.of(args[1]), "'sha256-" + Base64.getEncoder().encodeToString(hash) + "'",
                StandardCharsets.US_ASCII);
    }
}
