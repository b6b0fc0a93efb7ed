package org.handout.citation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The heading texts that name a reference section, in the languages the renderer speaks. */
final class SectionNames {
    // Compiled once: String.replaceAll compiles its pattern on every call, and every name below is folded.
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern TRAILING = Pattern.compile("[\\s:.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> NAMES = Stream.of(
            // en
            "references", "reference list", "research studies", "studies", "sources", "bibliography", "works cited",
            "further reading", "citations", "literature cited", "cited literature", "selected references",
            "scientific references",
            // es
            "referencias", "referencias bibliograficas", "bibliografia", "fuentes", "estudios de investigacion",
            "lecturas adicionales", "obras citadas",
            // fr
            "references bibliographiques", "bibliographie", "etudes", "pour en savoir plus",
            "ouvrages cites", "lectures complementaires",
            // de
            "literatur", "literaturverzeichnis", "quellen", "quellenangaben", "referenzen", "studien",
            "weiterfuhrende literatur",
            // pt
            "fontes", "estudos", "leituras adicionais", "leitura adicional",
            // it
            "riferimenti", "riferimenti bibliografici", "fonti", "studi", "letture consigliate",
            "per saperne di piu",
            // nl
            "referenties", "bronnen", "bronvermelding", "literatuur", "literatuurlijst", "verder lezen",
            // ar
            "المراجع", "مراجع", "المصادر", "المصادر والمراجع", "قائمة المراجع", "الدراسات", "للمزيد من القراءة")
            .map(SectionNames::fold).collect(Collectors.toUnmodifiableSet());

    private SectionNames() {}

    /** Case, accents and a closing colon do not matter: "Références :" names one. */
    static boolean namesReferences(String heading) {
        return NAMES.contains(fold(heading));
    }

    private static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String trimmed = TRAILING.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(trimmed).replaceAll(" ").strip();
    }
}
