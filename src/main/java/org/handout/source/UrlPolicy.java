package org.handout.source;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which link and image destinations may become live links. Browsers ignore tabs, newlines and
 * leading control characters inside a scheme, so those are removed before the scheme is judged:
 * "jav&#x09;ascript:" is as dangerous as "javascript:".
 */
public final class UrlPolicy {
    private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f\\u00a0\\u200b-\\u200f\\u2028\\u2029\\ufeff]");

    private UrlPolicy() {}

    public static boolean allowed(String destination) {
        String compact = INVISIBLE.matcher(destination).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(compact);
        if (!scheme.find()) {
            // No scheme, or a colon that a browser would not read as one: relative or fragment.
            return compact.indexOf(':') < 0 || firstSegmentHasNoColon(compact);
        }
        return ALLOWED.contains(scheme.group(1));
    }

    private static boolean firstSegmentHasNoColon(String url) {
        int colon = url.indexOf(':');
        int delimiter = indexOfAny(url, "/?#");
        return delimiter >= 0 && delimiter < colon;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** True for http(s) and protocol-relative URLs: resources that would need the network. */
    public static boolean remote(String destination) {
        String compact = INVISIBLE.matcher(destination).replaceAll("").toLowerCase(Locale.ROOT);
        return compact.startsWith("http:") || compact.startsWith("https:") || compact.startsWith("//");
    }
}
