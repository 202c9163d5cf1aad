package org.claimgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.QuoteFinder;
import org.claimgraph.lexicon.TsvResource;

/**
 * Quoted questions that make a point rather than ask ("Who would pay for that now?", "Why build your own when you can
 * rent ours?"), from {@code rhetorical-questions.tsv}: their speaker asserts.
 */
final class RhetoricalQuestion {

    private static final List<Pattern> PATTERNS = load();
    private static final QuoteFinder QUOTES = new QuoteFinder();

    private RhetoricalQuestion() {
    }

    /**
     * True when the question the content lies in holds a question mark and a rhetorical question's pattern. Whether
     * a question makes a point is a matter of the whole question: a content split into parts ("Wouldn't this be a
     * good time …" and "… and why do we need it?") is read over the quotation it lies in, which keeps the question
     * mark and the opening; never over the narration beside it ("X, who would lose her job, asked: “Will it
     * reopen?”" asks).
     */
    static boolean in(ParsedArticle doc, List<CharSpan> content) {
        String text = doc.text();
        String words = questionsOf(text, content).stream()
                .map(c -> text.substring(c.begin(), Math.min(c.end(), text.length())))
                .collect(Collectors.joining(" ")).replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        return words.contains("?") && PATTERNS.stream().anyMatch(p -> p.matcher(words).find());
    }

    /** Each content span widened to the quotation it overlaps, if any, in text order, each once. */
    private static List<CharSpan> questionsOf(String text, List<CharSpan> content) {
        List<CharSpan> quotes = QUOTES.find(text);
        List<CharSpan> out = new ArrayList<>();
        for (CharSpan c : content) {
            CharSpan question = quotes.stream().filter(q -> q.overlaps(c))
                    .map(q -> new CharSpan(Math.min(q.begin(), c.begin()), Math.max(q.end(), c.end())))
                    .findFirst().orElse(c);
            if (!out.contains(question)) {
                out.add(question);
            }
        }
        return out;
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
