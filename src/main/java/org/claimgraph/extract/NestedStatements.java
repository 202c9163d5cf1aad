package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.lexicon.TsvResource;

/**
 * Decides which attributions inside another attribution's content stand as statements of their own. In "X said
 * Y denied P", Y's denial is a statement X reports; in "X said voters want change", "want" is part of what X said,
 * and the voters said nothing. In "X denied P, calling it a lie", the participle is X's own second act, which the
 * parser often hangs inside P.
 */
final class NestedStatements {

    /** Cues that report a statement of their own inside another's content, from {@code reporting-cues.tsv}. */
    private static final Set<String> REPORTING_CUES = TsvResource.words("reporting-cues.tsv");

    private NestedStatements() {
    }

    /**
     * The attributions without the nested ones that are no statements of their own, and with each participle
     * after a comma taken out of the content it was hung in and given to that content's speaker.
     */
    static List<Attribution> resolve(ParsedArticle doc, List<Attribution> attributions) {
        Map<Attribution, Attribution> reporters = Nesting.reporters(attributions);
        List<Attribution> out = new ArrayList<>(attributions);
        out.removeIf(a -> reporters.containsKey(a) && !participleAfterComma(doc, a)
                && !REPORTING_CUES.contains(a.cueLemma().toLowerCase(Locale.ROOT))
                && !closesItsReporter(doc.text(), a, reporters.get(a)));
        // Among what is left: "X denied the government was planning P, calling it a smear" is X's "calling".
        // In text order, and through the outer's latest version, so that two participles cut one content alike
        // on every run (the nesting map is keyed by identity and has no order of its own).
        Map<Attribution, Attribution> outers = Nesting.reporters(out);
        Map<Attribution, Attribution> current = new IdentityHashMap<>();
        for (Attribution inner : List.copyOf(out)) {
            Attribution outer = outers.get(inner);
            if (outer == null || !participleAfterComma(doc, inner)) {
                continue;
            }
            Attribution latest = current.getOrDefault(outer, outer);
            int comma = doc.text().lastIndexOf(',', inner.cue().begin());
            Attribution trimmed = endBefore(latest, comma);
            replace(out, latest, trimmed);
            current.put(outer, trimmed);
            // "X said P, according to Y": a participle that names its own speaker after it speaks for that speaker.
            // "X cannot say that P, Y added, saying Q": the participle continues the nearer frame, Y's, whose own
            // report the parser also hung inside X's content.
            if (sourceInside(inner, outer) && !namesSourceAfterCue(inner) && !continuesNearerFrame(doc.text(), inner, outer, out)) {
                replace(out, inner, new Attribution(outer.source(), inner.cue(), inner.cueLemma(),
                        inner.content(), inner.kind(), inner.sentence()));
            }
        }
        return out;
    }

    /**
     * True when the cue opens a participle clause after a comma: "The board denied P, calling the report a smear".
     * It tells what the sentence's subject did; on PolNeAR train, 70 of 131 such nested cues match a gold
     * attribution, against 13% of the other nested cues outside {@code reporting-cues.tsv}.
     */
    private static boolean participleAfterComma(ParsedArticle doc, Attribution a) {
        int begin = a.cue().begin();
        if (!doc.text().substring(0, begin).stripTrailing().endsWith(",")) {
            return false;
        }
        return doc.sentenceAt(begin).flatMap(s -> s.tokens().stream().filter(t -> t.beginPosition() == begin)
                .findFirst()).map(CoreLabel::tag).map("VBG"::equals).orElse(false);
    }

    /**
     * True when two readings hold each other's cue and this one is the frame closing the other: in "Most voters
     * oppose the fare, a new poll finds, a result that …" the parser ran "oppose"'s content on over the frame, and
     * the frame after its content is the outer statement. Without this both would be dropped as nested. Only a
     * frame that ends at a mark ("…, the poll finds." or "…, the poll finds, a result …"): "In the survey, most
     * renters backed a cap" has "backed" take an object, no frame.
     */
    private static boolean closesItsReporter(String text, Attribution a, Attribution reporter) {
        boolean mutual = a.content().stream().anyMatch(c -> reporter.cue().within(c));
        String after = text.substring(a.cue().end()).stripLeading();
        boolean endsAtMark = after.isEmpty() || ",.;:!?".indexOf(after.charAt(0)) >= 0;
        return mutual && endsAtMark && a.contentExtent().end() <= a.cue().begin();
    }

    /** True when the inner attribution's source was read from inside the outer's content, as the parser hung it. */
    private static boolean sourceInside(Attribution inner, Attribution outer) {
        return inner.source().map(m -> outer.content().stream().anyMatch(c -> m.span().within(c))).orElse(true);
    }

    /**
     * True when the attribution's source comes after its cue: "…, according to the Times" names who speaks, so
     * the parser's hanging it inside another's content does not make it that content's speaker's act.
     */
    private static boolean namesSourceAfterCue(Attribution a) {
        return a.source().map(m -> m.span().begin() >= a.cue().end()).orElse(false);
    }

    /**
     * True when the participle follows, after just a comma, the cue of another report inside the outer's content
     * that has the inner's own source: "…, Y added, saying Q" is Y's second act, not the outer speaker's. With
     * more words between ("X weren't surprised that Y isn't recommending P, saying Q"), the outer frame keeps it.
     */
    private static boolean continuesNearerFrame(String text, Attribution inner, Attribution outer,
                                                List<Attribution> all) {
        return inner.source().isPresent() && all.stream().anyMatch(other -> other != inner && other != outer
                && other.source().map(m -> m.span().equals(inner.source().get().span())).orElse(false)
                && other.cue().end() <= inner.cue().begin() && other.cue().begin() >= outer.cue().end()
                && text.substring(other.cue().end(), inner.cue().begin()).matches("\\s*,\\s*")
                && outer.content().stream().anyMatch(c -> other.cue().within(c)));
    }

    /** The attribution with its content cut at the offset: spans after it dropped, a span across it shortened. */
    private static Attribution endBefore(Attribution a, int offset) {
        List<CharSpan> content = new ArrayList<>();
        for (CharSpan c : a.content()) {
            if (c.end() <= offset) {
                content.add(c);
            } else if (c.begin() < offset) {
                content.add(new CharSpan(c.begin(), offset));
            }
        }
        return content.isEmpty() ? a : a.withContent(content);
    }

    /** Puts the new attribution where the old one was, if the old one is still in the list. */
    private static void replace(List<Attribution> list, Attribution old, Attribution replacement) {
        int i = list.indexOf(old);
        if (i >= 0) {
            list.set(i, replacement);
        }
    }
}
