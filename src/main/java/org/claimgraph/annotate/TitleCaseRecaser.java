package org.claimgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.claimgraph.lexicon.TsvResource;

/**
 * Lower-cases the words of grammar and the reporting verbs of a sentence written in title case ("Board Of Election
 * Finds"), before tagging, so that the tagger reads "finds" as the verb it is and not as part of a name; the text
 * and offsets stay as written.
 */
public final class TitleCaseRecaser implements Annotator {

    /** The name under which the pipeline lists this step. */
    static final String NAME = "titlecase";

    /** Share of a sentence's longer words that must start with a capital for it to be written in title case. */
    private static final double TITLE_SHARE = 0.8;

    /** Fewest longer words a title-case sentence has: "Obama Speaks" is too short to tell. */
    private static final int MIN_LONG_WORDS = 3;

    /** Words of more letters than this are the ones a title capitalises and a sentence need not. */
    private static final int SHORT_WORD = 3;

    /** Words of grammar that a title capitalises: articles, pronouns, prepositions, auxiliaries. */
    private static final Set<String> GRAMMAR = grammar();

    /** Verb tags under which a capitalised word is tried for a reporting verb's form ("Tells", "Told"). */
    private static final List<String> VERB_TAGS = List.of("VBZ", "VBD", "VBN", "VBG", "VB");

    /** Made by CoreNLP from the {@code customAnnotatorClass} property. */
    public TitleCaseRecaser(String name, Properties props) {
    }

    private static Set<String> grammar() {
        Set<String> out = new HashSet<>(TsvResource.words("function-words.tsv"));
        out.addAll(TsvResource.words("title-case-grammar.tsv"));
        return Set.copyOf(out);
    }

    @Override
    public void annotate(Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (isTitleCase(tokens)) {
                // The first word is capitalised in any sentence: it stays as written.
                tokens.stream().skip(1).filter(TitleCaseRecaser::isRecased).forEach(t -> {
                    String lower = t.word().toLowerCase(Locale.ROOT);
                    t.setWord(lower);
                    t.setValue(lower);
                });
            }
        }
    }

    /** True when nearly every longer word starts with a capital and not all are in capitals ("IOWA POLL"). */
    static boolean isTitleCase(List<CoreLabel> tokens) {
        List<String> longer = tokens.stream().map(CoreLabel::word)
                .filter(w -> w.length() > SHORT_WORD && Character.isLetter(w.charAt(0))).toList();
        long capitalised = longer.stream().filter(w -> Character.isUpperCase(w.charAt(0))).count();
        long shouted = longer.stream().filter(w -> w.equals(w.toUpperCase(Locale.ROOT))).count();
        return longer.size() >= MIN_LONG_WORDS && capitalised >= TITLE_SHARE * longer.size()
                && shouted < longer.size();
    }

    /** True for a capitalised word of grammar or form of a reporting verb, not an acronym ("US", "IT"). */
    private static boolean isRecased(CoreLabel token) {
        String word = token.word();
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                || (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return GRAMMAR.contains(lower) || VERB_TAGS.stream()
                .anyMatch(tag -> ReportingVerbs.isLemma(Morphology.stemStatic(lower, tag).word()));
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
