import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rewrites the jars' class files without compression (run by the build: `java StoreClasses.java JAR...`).
 * A cold start inflates every class it loads, about 8 % of its CPU (issue 20); stored, a class is read as it
 * lies. Other entries keep their compression: the citation styles and the large fonts are read rarely.
 */
public final class StoreClasses {
    public static void main(String[] args) throws IOException {
        for (String jar : args) {
            store(Path.of(jar).toAbsolutePath());
        }
    }

    private static void store(Path jar) throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of("noCompression", "true"))) {
            List<Path> classes;
            try (Stream<Path> entries = Files.walk(zip.getPath("/"))) {
                classes = entries.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path entry : classes) {
                Files.write(entry, Files.readAllBytes(entry));
            }
        }
    }
}
