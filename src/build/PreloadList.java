import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the class-loading log of the build's render of the sample (`-Xlog:class+load`, no decorations) into the
 * list org.handout.cli.Preload reads: the names of the classes that came from the class path or the JDK's modules,
 * in the order they were loaded, one per line; those in the JDK's shared archive are left out. Run by the build:
 * `java PreloadList.java LOG LIST`. Names only: the preloading thread parses the list before anything is compiled.
 */
public final class PreloadList {
    public static void main(String[] args) throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            int end = line.indexOf(' ');
            if (end > 0 && (line.startsWith(" source: file:", end) || line.startsWith(" source: jrt:", end))) {
                names.add(line.substring(0, end));
            }
        }
        Path list = Path.of(args[1]);
        Files.createDirectories(list.getParent());
        Files.writeString(list, String.join("\n", names) + "\n", StandardCharsets.US_ASCII);
    }
}
