package org.handout.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handout.diagnostics.Diagnostics;
import org.handout.diagnostics.RenderFailure;
import org.handout.model.ImageFile;
import org.handout.model.SourcePos;
import org.handout.resources.ImageResolver;
import org.handout.source.SourceText;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a theme file (YAML) into a {@link HouseStyle} and runs the {@link GuardRails} on it. The YAML is read as a
 * node tree so that every problem names its line: an unknown key, a value of the wrong kind, a colour pair below its
 * contrast ratio. Files the theme names (its logo and fonts) are read from the theme's own folder and must lie
 * inside it.
 */
public final class ThemeFile {
    static final long MAX_BYTES = 64 * 1024;
    /** Longest footer line: it must fit on one line of the page's foot, in large print too. */
    static final int MAX_FOOTER_CHARACTERS = 72;
    private static final List<String> KEYS = List.of("name", "logo", "colors", "fonts", "footer", "page", "base-size");
    private static final List<String> LOGO_KEYS = List.of("file", "alt", "decorative");
    private static final List<String> COLOR_KEYS = List.of("primary", "accent", "text", "background",
            "disclaimer-background", "disclaimer-border");
    private static final List<String> FONT_KEYS = List.of("body", "headings", "mono");
    private static final List<String> BODY_KEYS = List.of("regular", "bold", "italic", "bold-italic");
    private static final List<String> PAGE_KEYS = List.of("size", "margins");
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(pt|mm|cm|in)?");

    private final Path folder;
    private final Diagnostics diagnostics;
    /** The line of every key read, by its dotted name ({@code colors.text}), for the guard rails' messages. */
    private final Map<String, SourcePos> lines = new HashMap<>();
    private final Map<String, Srgb> colors = new HashMap<>();
    private String name;
    private HouseStyle.Logo logo;
    private final Map<String, HouseStyle.FontFile> fonts = new HashMap<>();
    private String footer;
    private String pageSize;
    private Float margin;
    private Float baseSize;

    private ThemeFile(Path folder, Diagnostics diagnostics) {
        this.folder = folder;
        this.diagnostics = diagnostics;
    }

    /**
     * The house style in {@code file}, or null when it has an error: then every problem is in {@code diagnostics},
     * which names the theme file.
     */
    public static HouseStyle read(Path file, Diagnostics diagnostics) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        ThemeFile theme = new ThemeFile(folder, diagnostics);
        Node root = theme.parse(file);
        if (root == null) {
            return null;
        }
        theme.mapping(root, "", KEYS, theme::topLevel);
        HouseStyle style = theme.style();
        GuardRails.check(style, theme.lines, diagnostics);
        return diagnostics.hasErrors() ? null : style;
    }

    /**
     * The house style a front matter names ({@code theme: path}, at {@code pos}): read from the source's
     * {@code folder}, and only from inside the resource {@code root}, like a bibliography. Its problems name the
     * theme file as {@code sourceName}'s sibling, the way the author wrote it.
     */
    public static HouseStyle named(String path, SourcePos pos, String sourceName, Path folder, Path root,
            Diagnostics diagnostics) {
        Path file = folder.toAbsolutePath().resolve(path).normalize();
        Path base = root.toAbsolutePath().normalize();
        try {
            if (!file.startsWith(base) || !Files.isRegularFile(file) || !file.toRealPath().startsWith(base.toRealPath())) {
                diagnostics.error(pos, "theme '" + path + "' is not a file inside " + base);
                return null;
            }
        } catch (IOException e) {
            diagnostics.error(pos, "theme '" + path + "' cannot be read: " + e.getMessage());
            return null;
        }
        Path shown = Path.of(sourceName).resolveSibling(path).normalize();
        return read(file, diagnostics.about(shown.toString()));
    }

    private Node parse(Path file) {
        String text;
        try {
            if (!Files.isRegularFile(file)) {
                diagnostics.error(SourcePos.NONE, "no such theme file");
                return null;
            }
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.error(SourcePos.NONE, "the theme file is larger than " + MAX_BYTES + " bytes");
                return null;
            }
            text = SourceText.decode(Files.readAllBytes(file), diagnostics);
        } catch (IOException e) {
            diagnostics.error(SourcePos.NONE, "cannot read the theme file: " + e.getMessage());
            return null;
        } catch (RenderFailure e) {
            return null;
        }
        LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).setMaxAliasesForCollections(10)
                .build();
        try {
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Node root = composer.hasNext() ? composer.next() : null;
            if (!(root instanceof MappingNode)) {
                diagnostics.error(root == null ? SourcePos.line(1) : line(root),
                        "a theme is a mapping of 'key: value' lines (" + String.join(", ", KEYS) + ")");
                return null;
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            diagnostics.error(SourcePos.line(e.getProblemMark().map(m -> m.getLine() + 1).orElse(1)),
                    "the theme is not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            diagnostics.error(SourcePos.line(1), "the theme is not valid YAML: " + e.getMessage());
        }
        return null;
    }

    /** Calls {@code field} for each key of a mapping; an unknown key is an error naming it and its line. */
    private void mapping(Node node, String prefix, List<String> known, BiConsumer<String, Node> field) {
        if (!(node instanceof MappingNode map)) {
            diagnostics.error(line(node), "'" + prefix.substring(0, prefix.length() - 1) + "' must be a mapping of "
                    + String.join(", ", known));
            return;
        }
        for (NodeTuple tuple : map.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!known.contains(key)) {
                diagnostics.error(line(tuple.getKeyNode()), "unknown theme key '" + prefix + key + "' (known: "
                        + String.join(", ", known) + ")");
                continue;
            }
            lines.put(prefix + key, line(tuple.getKeyNode()));
            field.accept(key, tuple.getValueNode());
        }
    }

    private void topLevel(String key, Node value) {
        switch (key) {
            case "name" -> name = text(value, key);
            case "logo" -> logo = logo(value);
            case "colors" -> mapping(value, "colors.", COLOR_KEYS, this::color);
            case "fonts" -> mapping(value, "fonts.", FONT_KEYS, this::font);
            case "footer" -> footer = footer(value);
            case "page" -> mapping(value, "page.", PAGE_KEYS, this::page);
            case "base-size" -> baseSize = length(value, key);
            default -> throw new IllegalStateException(key);
        }
    }

    private String text(Node node, String key) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        diagnostics.error(line(node), "'" + key + "' must be text");
        return null;
    }

    private String footer(Node node) {
        String text = text(node, "footer");
        if (text != null && (text.contains("\n") || text.codePointCount(0, text.length()) > MAX_FOOTER_CHARACTERS)) {
            diagnostics.error(line(node), "'footer' must be one line of at most " + MAX_FOOTER_CHARACTERS
                    + " characters, to fit the foot of every page");
            return null;
        }
        return text;
    }

    /** {@code file} with {@code alt}, or {@code decorative: true}: a logo is never left without either. */
    private HouseStyle.Logo logo(Node node) {
        Map<String, Node> fields = new HashMap<>();
        mapping(node, "logo.", LOGO_KEYS, fields::put);
        if (!(node instanceof MappingNode)) {
            return null;
        }
        Node file = fields.get("file");
        Node alt = fields.get("alt");
        Node decorative = fields.get("decorative");
        boolean isDecorative = decorative instanceof ScalarNode d && d.getValue().equals("true");
        if (decorative != null && !isDecorative && !(decorative instanceof ScalarNode d2 && d2.getValue().equals("false"))) {
            diagnostics.error(line(decorative), "'logo.decorative' is true or false");
            return null;
        }
        if (file == null) {
            diagnostics.error(line(node), "'logo' needs a 'file': a PNG or JPEG in the theme's folder");
            return null;
        }
        if (isDecorative == (alt != null)) {
            diagnostics.error(line(node), isDecorative ? "a decorative logo has no 'alt': it is not read aloud"
                    : "'logo' needs 'alt', the text a screen reader reads for it, or 'decorative: true'");
            return null;
        }
        String altText = alt == null ? null : text(alt, "logo.alt");
        String path = text(file, "logo.file");
        if (path == null || (alt != null && altText == null)) {
            return null;
        }
        ImageFile image = ImageResolver.file(path, line(file), folder, folder, diagnostics);
        return image == null ? null : new HouseStyle.Logo(image, altText);
    }

    private void color(String key, Node value) {
        String text = value instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
        if (text == null || text.isEmpty()) {
            diagnostics.error(line(value), "'colors." + key + "' has no value: write the colour in quotes, such as \""
                    + "#0b3d62\" (unquoted, YAML reads # as the start of a comment)");
            return;
        }
        Srgb color = Srgb.parse(text);
        if (color == null) {
            diagnostics.error(line(value), "'colors." + key + "' must be an sRGB colour #rrggbb or #rgb, not '" + text + "'");
            return;
        }
        colors.put(key, color);
    }

    /** {@code body} is one file (its regular style) or a mapping of styles; {@code headings} and {@code mono} one file. */
    private void font(String key, Node value) {
        if (key.equals("body") && value instanceof MappingNode) {
            mapping(value, "fonts.body.", BODY_KEYS, (style, file) -> font("body." + style, file));
            return;
        }
        String name = key.equals("body") ? "body.regular" : key;
        String path = text(value, "fonts." + key);
        HouseStyle.FontFile file = path == null ? null : ThemeFonts.read(path, line(value), folder, diagnostics);
        if (file != null) {
            fonts.put(name, file);
        }
    }

    private void page(String key, Node value) {
        if (key.equals("size")) {
            String size = text(value, "page.size");
            if (size != null && !List.of("a4", "letter").contains(size.toLowerCase(Locale.ROOT))) {
                diagnostics.error(line(value), "'page.size' is a4 or letter, not '" + size + "'");
            } else if (size != null) {
                pageSize = size.toLowerCase(Locale.ROOT);
            }
        } else {
            margin = length(value, "page.margins");
        }
    }

    /** A length in points: a plain number is points; {@code pt}, {@code mm}, {@code cm} and {@code in} may follow. */
    private Float length(Node node, String key) {
        Matcher m = node instanceof ScalarNode scalar ? LENGTH.matcher(scalar.getValue().strip()) : null;
        if (m == null || !m.matches()) {
            diagnostics.error(line(node), "'" + key + "' must be a length such as 12pt, 20mm, 2cm or 0.75in");
            return null;
        }
        double number = Double.parseDouble(m.group(1));
        double points = switch (m.group(2) == null ? "pt" : m.group(2)) {
            case "mm" -> number * 72 / 25.4;
            case "cm" -> number * 72 / 2.54;
            case "in" -> number * 72;
            default -> number;
        };
        return (float) points;
    }

    private HouseStyle style() {
        Palette d = Palette.DEFAULT;
        Palette palette = new Palette(colors.getOrDefault("text", d.text()),
                colors.getOrDefault("background", d.background()), colors.getOrDefault("primary", d.primary()),
                colors.getOrDefault("accent", d.accent()),
                colors.getOrDefault("disclaimer-background", d.disclaimerBackground()),
                colors.getOrDefault("disclaimer-border", d.disclaimerBorder()));
        HouseStyle.Fonts faces = new HouseStyle.Fonts(fonts.get("body.regular"), fonts.get("body.bold"),
                fonts.get("body.italic"), fonts.get("body.bold-italic"), fonts.get("headings"), fonts.get("mono"));
        return new HouseStyle(name, logo, palette, faces, footer, pageSize, margin, baseSize);
    }

    private static SourcePos line(Node node) {
        return SourcePos.line(node.getStartMark().map(m -> m.getLine() + 1).orElse(1));
    }
}
