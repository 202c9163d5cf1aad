package org.claimgraph.extract;

import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.annotate.Lemmas;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.lexicon.TsvResource;

/**
 * Finds the phrases the parser hangs on a source's name that tell the circumstances of the speaking, not who
 * speaks: a present participle set off by a comma ("Trump, speaking at a rally,"), and the time, channel or topic of an
 * inverted frame ("said Jane Roe in a statement", "said Roe on Tuesday", "said Roe, about the plan"), and a phrase
 * set off by commas that tells where or when the source spoke ("Ms. Kahn, in a letter, criticized X"). News-
 * attribution annotation leaves them out of the source (all 840 PolNeAR train articles: a participle after a
 * comma is left out 51 times, kept 29), while relative clauses and appositions stay in.
 */
final class SourceAsides {

    /** Prepositions of a time or channel phrase: "on Tuesday", "in a statement". */
    private static final Set<String> TIME_OR_CHANNEL = Set.of("in", "on");
    /** Prepositions of a phrase set off by a comma that tells where, when or of what the source spoke. */
    private static final Set<String> OCCASION = TsvResource.words("source-aside-prepositions.tsv");

    private SourceAsides() {
    }

    /** The dependents of a source's head, after it, that frame the speaking and should be cut from the mention. */
    static List<IndexedWord> framing(ParsedSentence s, IndexedWord head) {
        List<IndexedWord> out = new ArrayList<>();
        for (IndexedWord acl : s.children(head, "acl")) {
            // Exactly "acl": a relative clause ("acl:relcl", "who said …") belongs to the source.
            boolean bare = s.relationToParent(acl).equals("acl") && s.children(acl, "nsubj").isEmpty();
            if (bare && acl.index() > head.index() && "VBG".equals(acl.tag()) && afterComma(s, acl, head)) {
                out.add(acl);
            }
        }
        for (IndexedWord nmod : s.children(head, "nmod")) {
            if (nmod.index() <= head.index()) {
                continue;
            }
            String prep = s.children(nmod, "case").stream().map(c -> c.word().toLowerCase(Locale.ROOT))
                    .findFirst().orElse("");
            boolean timeOrChannel = TIME_OR_CHANNEL.contains(prep) && (TimeWords.isTimeWord(nmod.word())
                    || ChannelPhrase.isChannel(lemma(nmod)));
            boolean aside = OCCASION.contains(prep) && afterComma(s, nmod, head);
            if (timeOrChannel || aside) {
                out.add(nmod);
            }
        }
        return out;
    }

    /** True when a comma stands between the head and the phrase's first word. */
    private static boolean afterComma(ParsedSentence s, IndexedWord phrase, IndexedWord head) {
        int first = s.subtree(phrase, List.of()).stream().min(Integer::compare).orElse(phrase.index());
        return first > head.index() + 1 && s.token(first - 1).word().equals(",");
    }

    private static String lemma(IndexedWord word) {
        return Lemmas.lowerOf(word);
    }
}
