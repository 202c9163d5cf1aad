package org.claimgraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.extract.CueLexicon;
import org.claimgraph.resolve.Actor;

/**
 * Decides a speaker's stance toward a claim from the cue ("denied" denies, "did not confirm" leaves open) and the
 * content: a content that negates its main clause ("no school will close"), calls its subject false ("the reports
 * are untrue", "are not correct"), or keeps its claim at a distance ("the so-called plan") turns the stance, and
 * the claim is then the positive proposition ("some school will close", "the reports", "the plan").
 */
public final class StanceClassifier {

    private final CueStance cues;
    private final ContentReader contents;
    private final ClaimWording wording = new ClaimWording();

    /** A classifier over the given cue lexicon. */
    public StanceClassifier(CueLexicon lexicon) {
        this.cues = new CueStance(lexicon);
        this.contents = new ContentReader(lexicon);
    }

    /**
     * The stances of an attribution and the claims they are toward: one, or one per part of a content that holds
     * several claims ("we cut costs, but no school is closed" asserts one and denies another), in text order.
     */
    public List<StanceReading> classify(ParsedArticle doc, Attribution a) {
        return classify(doc, a, null);
    }

    /**
     * As {@link #classify(ParsedArticle, Attribution)}, knowing the speaker: what the content says the speaker's own
     * side ruled out or denied ("the company had ruled out a cyberattack", in its officer's words), the speaker
     * denies.
     */
    public List<StanceReading> classify(ParsedArticle doc, Attribution a, Actor speaker) {
        Stance cue = cues.of(doc, a);
        Optional<SecondaryPredicate.Verdict> verdict = SecondaryPredicate.verdict(doc, a);
        if (verdict.isPresent()) {
            // "dismissed the report as fake news": the claim is the object the verdict is passed on.
            List<CharSpan> claim = verdict.get().object().map(List::of).orElse(a.content());
            Stance stance = compose(cue, ContentReading.plain(a.content()), Optional.of(verdict.get().saysTrue()));
            return List.of(new StanceReading(stance, claim, wording.label(doc, claim, List.of()), a.content()));
        }
        List<StanceReading> out = new ArrayList<>();
        for (ContentReading content : contents.read(doc, a, SpeakerSide.of(speaker))) {
            out.add(new StanceReading(compose(cue, content, Optional.empty()), content.claimSpans(),
                    wording.label(doc, content.claimSpans(), content.edits()), content.contentSpans()));
        }
        return out;
    }

    /**
     * The one place where polarities meet. Each source of polarity either keeps or turns whether the speaker holds
     * the positive claim true, so they compose like signs multiplied, and double negations cancel:
     * <ul>
     * <li>the cue: "said" holds the content true, "denied" holds it false; a question (by its cue, a negated cue
     *     such as "did not deny", or a content that asks "whether") commits to nothing, whatever else is said;</li>
     * <li>a verdict the cue passes on its object ("called the report a lie", "dismissed it as fake") is the
     *     speaker's judgement itself and stands in for the cue: "rejected it as false" denies once, not twice;</li>
     * <li>a truth predicate in the content: asserting "P is false" denies P, denying "P is false" asserts P,
     *     "P is not untrue" asserts P;</li>
     * <li>negation of the claim's main clause: asserting "no school is closed" denies "some school is closed";
     *     "it is not true that no school is closed" turns twice and asserts it.</li>
     * </ul>
     * Reported distance ("the so-called plan") weakens what would be an assertion into a question; a denial stays.
     */
    static Stance compose(Stance cue, ContentReading content, Optional<Boolean> verdict) {
        if (cue == Stance.QUESTION || content.interrogative()) {
            return Stance.QUESTION;
        }
        boolean holdsTrue = verdict.orElse(cue == Stance.ASSERT);
        if (content.judgement().isPresent()) {
            holdsTrue = holdsTrue == content.judgement().get();
        }
        if (content.negated()) {
            holdsTrue = !holdsTrue;
        }
        if (holdsTrue && content.distanced()) {
            return Stance.QUESTION;
        }
        return holdsTrue ? Stance.ASSERT : Stance.DENY;
    }
}
