package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds the headline convention "Name: what they said" — a line that opens with a person or organisation
 * name and a colon: the name is the source, the colon the cue, the rest of the line the content.
 */
final class HeadlineColonExtractor {

    /** At most this many tokens before the colon: "Lynch:", "U.S. Senator Jane Doe:". */
    private static final int MAX_NAME_TOKENS = 5;

    /** Attributions of the "Name: content" form, one per line at most. */
    List<Attribution> extract(ParsedArticle doc) {
        List<Attribution> out = new ArrayList<>();
        String text = doc.text();
        for (ParsedSentence s : doc.sentences()) {
            if (!startsLine(text, s.begin())) {
                continue;
            }
            attribution(text, s).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Attribution> attribution(String text, ParsedSentence s) {
        List<CoreLabel> tokens = s.tokens();
        for (int i = 1; i < Math.min(tokens.size() - 1, MAX_NAME_TOKENS + 1); i++) {
            if (!tokens.get(i).word().equals(":")) {
                continue;
            }
            boolean named = tokens.subList(0, i).stream().allMatch(t -> t.tag() != null && t.tag().startsWith("NNP"))
                    && tokens.subList(0, i).stream().anyMatch(t -> "PERSON".equals(t.ner())
                    || "ORGANIZATION".equals(t.ner()));
            int lineEnd = text.indexOf('\n', tokens.get(i).endPosition());
            int end = lineEnd < 0 ? s.end() : Math.min(lineEnd, s.end());
            if (!named || end <= tokens.get(i + 1).beginPosition()) {
                return Optional.empty();
            }
            CharSpan source = new CharSpan(tokens.get(0).beginPosition(), tokens.get(i - 1).endPosition());
            CharSpan cue = new CharSpan(tokens.get(i).beginPosition(), tokens.get(i).endPosition());
            CharSpan content = new CharSpan(tokens.get(i + 1).beginPosition(), end);
            Mention mention = new Mention(source, s.index(), i);
            return Optional.of(new Attribution(Optional.of(mention), cue, ":", List.of(content),
                    QuoteKind.INDIRECT, s.index()));
        }
        return Optional.empty();
    }

    private static boolean startsLine(String text, int offset) {
        int i = offset - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }
}
