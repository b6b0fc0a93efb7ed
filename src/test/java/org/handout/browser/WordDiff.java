package org.handout.browser;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs in which two word sequences differ (a longest common subsequence diff), each told as
 * either "breaks only", the same letters with words broken elsewhere ("qualifiedhealth" against
 * "qualified health": text run together at a line end, or a word split at a soft hyphen), or
 * "words", different words.
 */
final class WordDiff {
    record Run(List<String> pdf, List<String> html) {
        boolean breaksOnly() {
            return String.join("", pdf).equals(String.join("", html));
        }

        @Override
        public String toString() {
            return "PDF \"" + String.join(" ", pdf) + "\" / HTML \"" + String.join(" ", html) + "\"";
        }
    }

    private WordDiff() {}

    static List<Run> runs(List<String> pdf, List<String> html) {
        int n = pdf.size();
        int m = html.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = pdf.get(i).equals(html.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            int fromI = i;
            int fromJ = j;
            while (i < n && j < m && !pdf.get(i).equals(html.get(j)) || i < n && j == m || j < m && i == n) {
                if (j == m || i < n && common[i + 1][j] >= common[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            if (i > fromI || j > fromJ) {
                runs.add(new Run(pdf.subList(fromI, i), html.subList(fromJ, j)));
            }
            if (i < n && j < m) {
                i++;
                j++;
            }
        }
        return runs;
    }
}
