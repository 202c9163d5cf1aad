package org.claimgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.lexicon.TsvResource;

/**
 * Quoted questions that make a point rather than ask ("Who would pay for that now?", "Why build your own when you can
 * rent ours?"), from {@code rhetorical-questions.tsv}: their speaker asserts.
 */
final class RhetoricalQuestion {

    private static final List<Pattern> PATTERNS = load();

    private RhetoricalQuestion() {
    }

    /** True when the content's words hold a question mark and a rhetorical question's pattern. */
    static boolean in(String text, List<CharSpan> content) {
        String words = content.stream().map(c -> text.substring(c.begin(), Math.min(c.end(), text.length())))
                .collect(Collectors.joining(" ")).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return words.contains("?") && PATTERNS.stream().anyMatch(p -> p.matcher(words).find());
    }

    private static List<Pattern> load() {
        List<Pattern> out = new ArrayList<>();
        for (String[] row : TsvResource.rows("rhetorical-questions.tsv")) {
            StringBuilder regex = new StringBuilder("\\b");
            String[] words = row[0].toLowerCase(Locale.ROOT).strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (words[i].equals("…")) {
                    // A gap of up to twelve words.
                    regex.append("(?:\\S+\\s+){0,12}?");
                    continue;
                }
                regex.append(Pattern.quote(words[i])).append(i + 1 < words.length ? "\\s+" : "\\b");
            }
            out.add(Pattern.compile(regex.toString()));
        }
        return List.copyOf(out);
    }
}
