package org.handout.citation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.handout.model.UnicodeForms;

/** The heading texts that name a reference section, in the languages the renderer speaks. */
final class SectionNames {
    // Compiled once: String.replaceAll compiles its pattern on every call, and every name below is folded.
    private static final Pattern TRAILING = Pattern.compile("[\\s:.]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** The names written in Latin letters, folded already ({@link #fold} leaves them as they are). */
    private static final Set<String> NAMES = Set.of(
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
            "referenties", "bronnen", "bronvermelding", "literatuur", "literatuurlijst", "verder lezen");

    /**
     * The names in other scripts, folded when a heading outside ASCII first asks: folding them needs the
     * normalizer's data, which a handout with ASCII headings then never loads.
     */
    private static final class OtherScripts {
        static final Set<String> NAMES = folded(
                // ar
                "المراجع", "مراجع", "المصادر", "المصادر والمراجع", "قائمة المراجع", "الدراسات", "للمزيد من القراءة");

        private static Set<String> folded(String... names) {
            Set<String> folded = new HashSet<>();
            for (String name : names) {
                folded.add(fold(name));
            }
            return Set.copyOf(folded);
        }
    }

    private SectionNames() {}

    /** Case, accents and a closing colon do not matter: "Références :" names one. */
    static boolean namesReferences(String heading) {
        String folded = fold(heading);
        return NAMES.contains(folded) || !ascii(folded) && OtherScripts.NAMES.contains(folded);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String text) {
        String plain = UnicodeForms.withoutMarks(text);
        String trimmed = TRAILING.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
        return SPACES.matcher(trimmed).replaceAll(" ").strip();
    }
}
