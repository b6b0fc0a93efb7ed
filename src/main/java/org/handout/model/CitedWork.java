package org.handout.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reference is, for the machine-readable copies (JSON-LD, the archival CSL-JSON).
 * {@code csl} is the reference as CSL-JSON: every field the source gave, in the source's order, with
 * values as CSL-JSON writes them (texts, numbers, name objects, date objects with "date-parts").
 * {@code text} is the entry as the author wrote it, or null for a reference given as data. A free-text
 * entry that could not be read has no "type": its {@code csl} holds only its id and the identifiers
 * found in its text.
 */
public record CitedWork(Map<String, Object> csl, String text) {

    public CitedWork {
        csl = frozen(csl);
    }

    /** Whether the fields were read from the reference (data, or free text in a known format). */
    public boolean parsed() {
        return csl.containsKey("type");
    }

    /** A text field, or null. */
    public String field(String name) {
        Object value = csl.get(name);
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }

    /** The date of publication ("issued") as ISO 8601: a year, year and month, or a full date; or null. */
    public String date() {
        return isoDate(csl.get("issued"));
    }

    /**
     * A CSL-JSON date object's first date as ISO 8601, or null when it has no date parts. Digits by
     * hand: String.format would load the locale's number symbols, and pick its digits.
     */
    public static String isoDate(Object date) {
        if (!(date instanceof Map<?, ?> map) || !(map.get("date-parts") instanceof List<?> ranges) || ranges.isEmpty()
                || !(ranges.get(0) instanceof List<?> parts) || parts.isEmpty()) {
            return null;
        }
        StringBuilder iso = new StringBuilder();
        for (int i = 0; i < parts.size() && i < 3; i++) {
            String digits;
            try {
                digits = Integer.toString(Integer.parseInt(String.valueOf(parts.get(i)).strip()));
            } catch (NumberFormatException e) {
                return i == 0 ? null : iso.toString();
            }
            iso.append(i == 0 ? "" : "-").append("0".repeat(Math.max(0, (i == 0 ? 4 : 2) - digits.length()))).append(digits);
        }
        return iso.toString();
    }

    /** The CSL-JSON object. */
    public String json() {
        return Json.write(csl);
    }

    @SuppressWarnings("unchecked")
    private static <T> T frozen(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                copy.put(String.valueOf(e.getKey()), frozen(e.getValue()));
            }
            return (T) Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            for (Object v : list) {
                copy.add(frozen(v));
            }
            return (T) Collections.unmodifiableList(copy);
        }
        return value;
    }
}
