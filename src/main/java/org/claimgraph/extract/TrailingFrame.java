package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.annotate.QuoteMarks;
import org.claimgraph.lexicon.TsvResource;

/**
 * Reads the frame right after a quotation from the words alone: "“…,” Jane Roe said." and "“…,” said Jane Roe, a
 * spokeswoman." News writes these two frames so uniformly that the words identify speaker and cue even when the
 * parser, misled by the quotation, hangs them wrongly.
 */
final class TrailingFrame {

    /** Word classes a speaker's name or description is made of: "Mr. Roe", "the senator", "one Trump adviser". */
    private static final Set<String> NAME_TAGS =
            Set.of("NNP", "NNPS", "NN", "NNS", "PRP", "DT", "JJ", "POS", "CD", "PRP$");
    /** Marks that end a frame: the sentence's end, a comma before the quote resumes, a colon. */
    private static final Set<String> FRAME_ENDS = Set.of(".", ",", ";", ":", "?", "!", "``", "''", "\"", "“", "”");
    /** Tags the tagger gives a verb's particle at a frame's end: "shot back" (RP), "pointed out" (RB, IN). */
    private static final Set<String> PARTICLE_TAGS = Set.of("RP", "RB", "IN");
    /** Quote cues whose object is the one addressed, not what was said, from {@code hearer-verbs.tsv}. */
    private static final Set<String> HEARER_VERBS = TsvResource.words("hearer-verbs.tsv");
    /** Tags a programme's name may take inside the hearer beyond those of a name: "Face the Nation" read as a verb. */
    private static final Set<String> HEARER_NAME_WORDS = Set.of("VB", "VBP");
    /** Longest speaker read before the verb, with a description in commas: "Mr. Roe, the party's consultant,". */
    private static final int MAX_SPEAKER_BEFORE = 12;

    private final CueLexicon lexicon;

    TrailingFrame(CueLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The attribution of a quote followed straight away by "X said" or "said X", if it is; its cue token is marked used. */
    Optional<Attribution> find(ParsedArticle doc, CharSpan quote, Set<CueToken> usedCues) {
        Optional<ParsedSentence> holder = sentenceAfter(doc, quote);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        ParsedSentence s = holder.get();
        int after = firstTokenAfter(s, quote.end());
        // A comma set outside the closing mark, as some styles print it: "“We won”, he said."
        int first = s.token(after).word().equals(",") && after < s.tokens().size() ? after + 1 : after;
        String gap = doc.text().substring(quote.end(), s.token(first).beginPosition()).replaceFirst("^,", "");
        if (!gap.isBlank() || gap.indexOf('\n') >= 0) {
            return Optional.empty();
        }
        Optional<Attribution> found = speakerThenVerb(s, doc.text(), first, quote)
                .or(() -> verbThenSpeaker(s, doc.text(), first, quote));
        // After a quote that ends its sentence, the next one frames it only when the frame is all it says
        // ("….” Roe said."): in "….” The mayor asked about the budget." the mayor asks something else.
        boolean fullStop = QuoteFinder.lastCharacter(doc.text(), quote) == '.';
        found = found.filter(a -> !fullStop || QuoteFinder.frameIsAll(s, a.cue()));
        if (found.isEmpty() || !usedCues.add(new CueToken(s.index(), cueVerb(s, found.get().cue())))) {
            return Optional.empty();
        }
        return found;
    }

    /** "“…,” Jane Roe said." and "“…,” Mr. Roe, the consultant, said in an interview." */
    private Optional<Attribution> speakerThenVerb(ParsedSentence s, String text, int first, CharSpan quote) {
        int i = first;
        boolean inAside = false;
        while (i <= s.tokens().size() && i - first < MAX_SPEAKER_BEFORE) {
            String word = s.token(i).word();
            if (word.equals(",") && i > first) {
                inAside = !inAside;
            } else if (!NAME_TAGS.contains(s.tag(i)) && !(inAside && "IN".equals(s.tag(i))) && !joinsNames(s, i, first)) {
                break;
            }
            i++;
        }
        boolean asideClosed = !inAside || s.token(i - 1).word().equals(",");
        // "P, the poll has found.": a perfect auxiliary belongs to the cue.
        int verb = isPerfect(s, i) ? i + 1 : i;
        if (i == first || verb > s.tokens().size() || !asideClosed || !(verb > i || isQuoteCue(s, verb))) {
            return Optional.empty();
        }
        // "“…,” he shot back.": the particle of a phrasal cue belongs to the cue.
        int cueEnd = withParticle(s, verb);
        if (!endsFrame(s, afterHearer(s, verb, cueEnd + 1))) {
            return Optional.empty();
        }
        int nameEnd = first;
        while (nameEnd + 1 < i && !s.token(nameEnd + 1).word().equals(",")) {
            nameEnd++;
        }
        CharSpan source = new CharSpan(s.token(first).beginPosition(), s.token(i - 1).endPosition());
        return Optional.of(attribution(s, text, i, verb, cueEnd, new Mention(source, s.index(), nameEnd), quote));
    }

    /**
     * A slash or hyphen inside a name: "a USA TODAY/Suffolk University Poll", "an NBC/Wall Street Journal poll". The
     * tagger gives the slash the tag of a comma, which would otherwise end the speaker there.
     */
    private static boolean joinsNames(ParsedSentence s, int i, int first) {
        return i > first && i < s.tokens().size() && (s.token(i).word().equals("/") || "HYPH".equals(s.tag(i)))
                && NAME_TAGS.contains(s.tag(i + 1));
    }

    /** "has found", "have said": a form of "have" followed by the past participle of a quote cue. */
    private boolean isPerfect(ParsedSentence s, int i) {
        if (i + 1 > s.tokens().size() || !"have".equalsIgnoreCase(s.token(i).lemma()) || !PosTags.isFinite(s.tag(i))
                || !"VBN".equals(s.tag(i + 1))) {
            return false;
        }
        return lexicon.lookup(s.token(i + 1).lemma()).map(c -> c.takes(CueLexicon.Frame.QUOTE)).orElse(false);
    }

    /** "“…,” said Jane Roe, a spokeswoman for the firm." The description after the name is part of the source. */
    private Optional<Attribution> verbThenSpeaker(ParsedSentence s, String text, int first, CharSpan quote) {
        if (!isQuoteCue(s, first)) {
            return Optional.empty();
        }
        int cueEnd = withParticle(s, first);
        int i = cueEnd + 1;
        while (i <= s.tokens().size() && NAME_TAGS.contains(s.tag(i))) {
            i++;
        }
        int nameEnd = i - 1;
        if (nameEnd == cueEnd || !endsFrame(s, i)) {
            return Optional.empty();
        }
        int end = nameEnd;
        if (i <= s.tokens().size() && s.token(i).word().equals(",")) {
            end = descriptionEnd(s, i + 1).orElse(nameEnd);
        }
        CharSpan source = new CharSpan(s.token(cueEnd + 1).beginPosition(), s.token(end).endPosition());
        return Optional.of(attribution(s, text, first, first, cueEnd, new Mention(source, s.index(), nameEnd), quote));
    }

    /**
     * The last word of a description that runs to the sentence's end, the next quote or a participle after a comma
     * ("said Jane Roe, a spokeswoman for the firm, explaining that P": the participle is a cue of its own) without
     * a verb.
     */
    private static Optional<Integer> descriptionEnd(ParsedSentence s, int from) {
        int last = -1;
        for (int i = from; i <= s.tokens().size(); i++) {
            if (QuoteMarks.isQuoteMark(s.token(i).word())) {
                break;
            }
            if ("VBG".equals(s.tag(i)) && s.token(i - 1).word().equals(",")) {
                break;
            }
            if (s.tag(i).startsWith("VB")) {
                return Optional.empty();
            }
            if (!s.isPunctuation(i)) {
                last = i;
            }
        }
        return last < 0 ? Optional.empty() : Optional.of(last);
    }

    /** The attribution whose cue runs from cueStart to cueEnd and takes its lemma from the verb. */
    private Attribution attribution(ParsedSentence s, String text, int cueStart, int verb, int cueEnd, Mention source,
                                    CharSpan quote) {
        CoreLabel v = s.token(verb);
        CharSpan verbOnly = new CharSpan(s.token(cueStart).beginPosition(), s.token(cueEnd).endPosition());
        CharSpan cue = CueFrames.withAdjuncts(s, text, verbOnly, List.of(quote), Optional.of(source));
        return new Attribution(Optional.of(source), cue, v.lemma().toLowerCase(java.util.Locale.ROOT),
                List.of(quote), QuoteKind.DIRECT, s.index());
    }

    /** True when token i is a finite verb that frames a quote, alone or with the particle after it ("shot back"). */
    private boolean isQuoteCue(ParsedSentence s, int i) {
        if (i > s.tokens().size() || !PosTags.isFinite(s.tag(i))) {
            return false;
        }
        return lexicon.lookup(s.token(i).lemma()).map(c -> c.takes(CueLexicon.Frame.QUOTE)).orElse(false)
                || withParticle(s, i) > i;
    }

    /** The particle after the verb at i when a phrasal row frames quotes with it ("shot back"), else i itself. */
    private int withParticle(ParsedSentence s, int i) {
        if (i >= s.tokens().size() || !PARTICLE_TAGS.contains(s.tag(i + 1))) {
            return i;
        }
        boolean phrasal = lexicon.lookup(s.token(i).lemma(), s.token(i + 1).word())
                .map(c -> c.takes(CueLexicon.Frame.QUOTE)).orElse(false);
        return phrasal ? i + 1 : i;
    }

    /**
     * Past the one addressed after a verb that takes a hearer ("“…,” Roe told reporters on Sunday", "told CBS's Face
     * the Nation", {@code hearer-verbs.tsv}): the hearer is no part of the cue and says nothing of its own, however
     * the parser reads a programme's name. Else i itself.
     */
    private static int afterHearer(ParsedSentence s, int verb, int i) {
        if (!HEARER_VERBS.contains(s.token(verb).lemma().toLowerCase(java.util.Locale.ROOT))) {
            return i;
        }
        int j = i;
        while (j <= s.tokens().size() && (NAME_TAGS.contains(s.tag(j)) || HEARER_NAME_WORDS.contains(s.tag(j)))) {
            j++;
        }
        return j;
    }

    /** The frame ends here: at a mark, or where a phrase of time, place or manner follows ("said in an interview"). */
    private static boolean endsFrame(ParsedSentence s, int i) {
        if (i > s.tokens().size() || FRAME_ENDS.contains(s.token(i).word())) {
            return true;
        }
        String tag = s.tag(i);
        return (tag.equals("IN") && !s.token(i).word().equalsIgnoreCase("that")) || tag.equals("RB")
                || TimeWords.isTimeWord(s.token(i).word());
    }


    /** The sentence holding the first token after the quote, when one starts within it or right after it. */
    private static Optional<ParsedSentence> sentenceAfter(ParsedArticle doc, CharSpan quote) {
        for (ParsedSentence s : doc.sentences()) {
            if (s.end() > quote.end() && s.tokens().stream().anyMatch(t -> t.beginPosition() >= quote.end())) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The cue's verb: its first token, or the participle after a perfect auxiliary ("has found"). */
    private static int cueVerb(ParsedSentence s, CharSpan cue) {
        int first = s.tokens().stream().filter(t -> t.beginPosition() == cue.begin()).findFirst()
                .map(CoreLabel::index).orElse(0);
        boolean perfect = first > 0 && first < s.tokens().size() && "have".equalsIgnoreCase(s.token(first).lemma())
                && s.token(first + 1).endPosition() <= cue.end();
        return perfect ? first + 1 : first;
    }

    private static int firstTokenAfter(ParsedSentence s, int at) {
        for (CoreLabel t : s.tokens()) {
            if (t.beginPosition() >= at) {
                return t.index();
            }
        }
        return s.tokens().size();
    }
}
