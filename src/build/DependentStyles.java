import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists the CSL project's dependent styles as "id parent" lines (run by the build:
 * `java DependentStyles.java STYLES_JAR OUT`). A dependent style only names its independent parent, whose layout it
 * uses; shipped as files they were 7,869 of the jar's 21,000 entries, a central directory that every start reads
 * twice (issue 20). The renderer reads this list instead (org.handout.citation.DependentStyles), and the jar leaves
 * the files out. DependentStylesTest checks the list against the files.
 */
public final class DependentStyles {
    private static final Pattern PARENT_LINK = Pattern.compile("<link\\b[^>]*\\brel=\"independent-parent\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"[^\"]*/([^\"/]+)\"");

    public static void main(String[] args) throws IOException {
        Map<String, String> parents = new TreeMap<>();
        try (JarFile styles = new JarFile(args[0])) {
            for (JarEntry entry : styles.stream().toList()) {
                String name = entry.getName();
                if (!name.startsWith("dependent/") || !name.endsWith(".csl")) {
                    continue;
                }
                String id = name.substring("dependent/".length(), name.length() - ".csl".length());
                try (InputStream in = styles.getInputStream(entry)) {
                    String parent = parent(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    if (parent != null) {
                        parents.put(id, parent);
                    }
                }
            }
        }
        StringBuilder list = new StringBuilder();
        parents.forEach((id, parent) -> list.append(id).append(' ').append(parent).append('\n'));
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.writeString(out, list, StandardCharsets.UTF_8);
    }

    private static String parent(String style) {
        Matcher link = PARENT_LINK.matcher(style);
        if (!link.find()) {
            return null;
        }
        Matcher href = HREF.matcher(link.group());
        return href.find() ? href.group(1) : null;
    }
}
