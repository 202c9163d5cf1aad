package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Joins back a sentence the splitter cut after a question or exclamation mark that closes a quotation or a title
 * inside the sentence ("The ad, titled “Unifier?”, concludes that P"; "“Why now?” asked Roe, adding P"): what
 * follows the mark opens with a comma or a lower-case word, which no sentence opens with, so it continues the
 * sentence before, and its cue needs that sentence's words to find its source.
 */
public final class SentenceRejoin implements Annotator {

    /** The name under which the pipeline lists this step. */
    static final String NAME = "rejoin";

    /** Marks after which the splitter ends a sentence even inside one. */
    private static final Set<String> INNER_ENDS = Set.of("?", "!");

    /** Closing quotation marks the splitter keeps with the sentence it ends. */
    private static final Set<String> CLOSING_QUOTES = Set.of("''", "\"", "”", "’", "'");

    /** Made by CoreNLP from the {@code customAnnotatorClass} property. */
    public SentenceRejoin(String name, Properties props) {
    }

    @Override
    public void annotate(Annotation doc) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.size() < 2) {
            return;
        }
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> joined = new ArrayList<>();
        for (CoreMap sentence : sentences) {
            CoreMap last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && continues(last, sentence)) {
                joined.set(joined.size() - 1, join(last, sentence, text));
            } else {
                joined.add(sentence);
            }
        }
        if (joined.size() == sentences.size()) {
            return;
        }
        renumber(joined);
        doc.set(CoreAnnotations.SentencesAnnotation.class, joined);
    }

    /**
     * True when the sentence before ends with a question or exclamation mark (and closing quotation marks) and the
     * next, in the same paragraph, opens with a comma or a lower-case word.
     */
    static boolean continues(CoreMap before, CoreMap next) {
        List<CoreLabel> first = before.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreLabel> second = next.get(CoreAnnotations.TokensAnnotation.class);
        if (first.isEmpty() || second.isEmpty()) {
            return false;
        }
        int end = first.size() - 1;
        while (end > 0 && CLOSING_QUOTES.contains(first.get(end).word())) {
            end--;
        }
        if (!INNER_ENDS.contains(first.get(end).word())) {
            return false;
        }
        // A line break between the two (news text breaks lines only between paragraphs and headings) ends the
        // sentence whatever follows.
        String gap = first.get(first.size() - 1).after();
        if (gap != null && gap.indexOf('\n') >= 0) {
            return false;
        }
        String opener = second.get(0).word();
        return opener.equals(",") || Character.isLowerCase(opener.codePointAt(0));
    }

    /** One sentence of the two: the first's annotations, both sentences' tokens, the text between them. */
    private static CoreMap join(CoreMap before, CoreMap next, String text) {
        CoreMap merged = new ArrayCoreMap(before.size());
        copy(before, merged);
        List<CoreLabel> tokens = new ArrayList<>(before.get(CoreAnnotations.TokensAnnotation.class));
        tokens.addAll(next.get(CoreAnnotations.TokensAnnotation.class));
        merged.set(CoreAnnotations.TokensAnnotation.class, tokens);
        int begin = before.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        merged.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        merged.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        if (next.containsKey(CoreAnnotations.TokenEndAnnotation.class)) {
            merged.set(CoreAnnotations.TokenEndAnnotation.class, next.get(CoreAnnotations.TokenEndAnnotation.class));
        }
        return merged;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void copy(CoreMap from, CoreMap to) {
        for (Class key : from.keySet()) {
            to.set(key, from.get(key));
        }
    }

    /** Gives every sentence its position again and every token its position in its sentence. */
    private static void renumber(List<CoreMap> sentences) {
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                tokens.get(t).setIndex(t + 1);
                tokens.get(t).setSentIndex(i);
            }
        }
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of();
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
    }
}
