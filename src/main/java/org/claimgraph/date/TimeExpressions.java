package org.claimgraph.date;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.extract.CharSpan;

/**
 * CoreNLP's SUTime, run on single sentences: finds time expressions and normalises them against the
 * article's date ("on Friday" in an article of Monday 2025-03-17 is 2025-03-14). The pipeline leaves SUTime
 * out of NER because it costs time on every sentence; here it runs only where a statement may carry a date.
 */
public final class TimeExpressions {

    private static volatile TimeExpressionExtractor extractor;

    /**
     * A time expression found in a sentence.
     *
     * @param span  where it is written
     * @param text  its words ("Friday", "October 2024")
     * @param value its TIMEX3 value ("2025-03-14", "2024-10", "P2Y", "PRESENT_REF")
     */
    public record Found(CharSpan span, String text, String value) {
    }

    /** The time expressions of a sentence, their values resolved against {@code documentDate} when known. */
    public List<Found> find(ParsedSentence s, String text, Optional<LocalDate> documentDate) {
        // Copies: SUTime writes numeric values onto the tokens it reads, and fails when it meets its own marks.
        List<CoreLabel> tokens = s.tokens().stream().map(CoreLabel::new).toList();
        Annotation sentence = new Annotation(text.substring(s.begin(), s.end()));
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, s.begin());
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, s.end());
        // SUTime orders overlapping matches by token offsets, which it reads from these.
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        List<Found> out = new ArrayList<>();
        String reference = documentDate.map(LocalDate::toString).orElse(null);
        for (CoreMap found : extractor().extractTimeExpressionCoreMaps(sentence, reference)) {
            Timex timex = found.get(TimeAnnotations.TimexAnnotation.class);
            Integer begin = found.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            Integer end = found.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            if (timex == null || begin == null || end == null || begin < s.begin() || end > s.end() || begin >= end) {
                continue;
            }
            CharSpan span = new CharSpan(begin, end);
            out.add(new Found(span, span.of(text), timex.value()));
        }
        return out;
    }

    /** SUTime with its standard rules, loaded once per JVM on first use (about two seconds). */
    private static TimeExpressionExtractor extractor() {
        TimeExpressionExtractor local = extractor;
        if (local == null) {
            synchronized (TimeExpressions.class) {
                local = extractor;
                if (local == null) {
                    Properties props = new Properties();
                    // Single points in time: a statement is made on a day, not over a range.
                    props.setProperty("sutime.includeRange", "false");
                    props.setProperty("sutime.markTimeRanges", "false");
                    local = TimeExpressionExtractorFactory.createExtractor("sutime", props);
                    extractor = local;
                }
            }
        }
        return local;
    }
}
