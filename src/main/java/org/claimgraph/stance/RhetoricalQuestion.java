package org.claimgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
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

    /**
     * True when the sentences the content lies in hold a question mark and a rhetorical question's pattern. Whether
     * a question makes a point is a matter of the whole question: a content split into parts ("Wouldn't this be a
     * good time …" and "… and why do we need it?") keeps the question mark and the opening of its sentence.
     */
    static boolean in(ParsedArticle doc, List<CharSpan> content) {
        String text = doc.text();
        String words = sentencesOf(doc, content).stream()
                .map(c -> text.substring(c.begin(), Math.min(c.end(), text.length())))
                .collect(Collectors.joining(" ")).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return words.contains("?") && PATTERNS.stream().anyMatch(p -> p.matcher(words).find());
    }

    /** The spans of the sentences that the content's spans touch, in text order, each once. */
    private static List<CharSpan> sentencesOf(ParsedArticle doc, List<CharSpan> content) {
        List<CharSpan> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            if (content.stream().anyMatch(c -> s.end() > c.begin() && s.begin() < c.end())) {
                out.add(new CharSpan(s.begin(), s.end()));
            }
        }
        return out.isEmpty() ? content : out;
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
