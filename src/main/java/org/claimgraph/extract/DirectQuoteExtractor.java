package org.claimgraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;

/**
 * Finds direct quotations and their speakers: a cue verb in the quote's sentences outside the quote
 * ("…,” he said", "X wrote: “…”"), or, for a quote with no words around it, the speaker of the quote before.
 */
final class DirectQuoteExtractor {

    /** Fewer words than this, with no verb, make a scare quote or a quoted phrase, not a quotation. */
    private static final int MIN_WORDS_WITHOUT_VERB = 5;

    /** How far after the quote (in characters) the cue of a trailing frame may start: "…?” the senator said". */
    private static final int TRAILING_FRAME_REACH = 40;

    private final CueLexicon lexicon;
    private final TrailingFrame trailingWords;

    DirectQuoteExtractor(CueLexicon lexicon) {
        this.lexicon = lexicon;
        this.trailingWords = new TrailingFrame(lexicon);
    }

    /** Direct attributions, in text order; the cue tokens they use are added to {@code usedCues}. */
    List<Attribution> extract(ParsedArticle doc, List<CharSpan> quotes, Set<CueToken> usedCues) {
        List<Attribution> out = new ArrayList<>();
        Attribution previous = null;
        List<CharSpan> waiting = new ArrayList<>();
        for (CharSpan quote : quotes) {
            List<ParsedSentence> sentences = sentencesOf(doc, quote);
            // A short quote is a quotation too when a frame follows it: "“Apparently not,” he said."
            boolean framedShort = !sentences.isEmpty() && endsWithClauseMark(doc.text(), quote)
                    && trailingWords.find(doc, quote, new java.util.HashSet<>(usedCues)).isPresent();
            if (sentences.isEmpty()) {
                continue;
            }
            boolean alone = standsAlone(doc.text(), sentences, quotes, quote);
            if (!(isQuotation(sentences, quote) || framedShort)) {
                // "“…,” Roe said. “Very good.”": a sentence quoted whole goes on with the speaker's quote, however short.
                if (previous != null && alone && continues(doc.text(), previous, quote)) {
                    previous = extended(previous, List.of(quote));
                    out.set(out.size() - 1, previous);
                    waiting.clear();
                }
                continue;
            }
            if (isProgrammeTitle(doc.text(), sentences, quote)) {
                continue;
            }
            Optional<Attribution> found = framed(doc, sentences, quote, quotes, usedCues);
            if (found.isPresent() && previous != null && found.get().cue().equals(previous.cue())) {
                // "“A,” she said, “B.”": the second half belongs to the same attribution.
                previous = extended(previous, List.of(quote));
                out.set(out.size() - 1, previous);
            } else if (found.isPresent()) {
                Attribution read = withLeadIn(doc.text(), sentences.get(0), quote, quotes, found.get());
                previous = extended(read, waitingBefore(doc.text(), waiting, quote));
                out.add(previous);
            } else if (previous != null && alone && continues(doc.text(), previous, quote)) {
                // The speaker goes on: one attribution with one more content span, as annotators mark it.
                previous = extended(previous, List.of(quote));
                out.set(out.size() - 1, previous);
            } else if (alone && isUnclosed(doc.text(), quote)) {
                // A paragraph left open: news reopens the quote below, where the speaker is named.
                waiting.add(quote);
                continue;
            }
            waiting.clear();
        }
        return out;
    }

    /**
     * The quote's frame: "…,” X said" read from the words when it follows the quote, else a cue verb found in the
     * tree, a lead-in ending in a colon, or a frame opening the next sentence.
     */
    private Optional<Attribution> framed(ParsedArticle doc, List<ParsedSentence> sentences, CharSpan quote,
                                         List<CharSpan> quotes, Set<CueToken> usedCues) {
        Set<CueToken> tried = new java.util.HashSet<>(usedCues);
        Optional<Attribution> fromTree = withCue(doc, sentences, quote, quotes, tried)
                .or(() -> leadIn(doc, sentences.get(0), quote, quotes, tried))
                .or(() -> trailingFrame(doc, sentences.get(sentences.size() - 1), quote, quotes, tried));
        Optional<Attribution> fromWords = trailingWords.find(doc, quote, new java.util.HashSet<>(usedCues));
        // The tree's reading wins when it found the same cue: it knows auxiliaries and adverbs the words miss.
        if (fromWords.isPresent() && fromTree.map(a -> !a.cue().overlaps(fromWords.get().cue())).orElse(true)) {
            trailingWords.find(doc, quote, usedCues); // again on the real set, which marks its cue word used
            return fromWords;
        }
        usedCues.addAll(tried);
        // The tree found the cue but hung its subject inside the quote ("“…,” said Roe." read as "figure said"):
        // the words still name the speaker.
        if (fromWords.isPresent() && fromTree.isPresent() && fromTree.get().source().isEmpty()) {
            Attribution a = fromTree.get();
            return Optional.of(new Attribution(fromWords.get().source(), a.cue(), a.cueLemma(), a.content(),
                    a.kind(), a.sentence()));
        }
        return fromTree;
    }

    /**
     * "Carson is “losing strength,” Roe said.": a quote that a frame follows but that does not open its sentence
     * completes the clause its sentence opens, and the content runs from the sentence's start, as gold marks it.
     * Not when another quotation or a line break lies before it in the sentence, nor after a lead-in's colon.
     */
    private static Attribution withLeadIn(String text, ParsedSentence first, CharSpan quote, List<CharSpan> quotes,
                                          Attribution a) {
        int stop = afterLastFullStop(first, quote.begin());
        while (stop < quote.begin() && Character.isWhitespace(text.charAt(stop))) {
            stop++;
        }
        int start = stop;
        boolean frameAfter = a.cue().begin() >= quote.end();
        String before = text.substring(start, quote.begin()).strip();
        // "X reveals a few facts: “…,” the paper said": a lead-in ending in a colon frames the quote itself.
        boolean wordsBefore = !before.isEmpty() && !before.endsWith(":");
        boolean plainBefore = quotes.stream().noneMatch(q -> q != quote && q.end() > start && q.begin() < quote.begin())
                && text.substring(start, quote.begin()).indexOf('\n') < 0;
        boolean sourceBefore = a.source().map(m -> m.span().begin() < quote.begin()).orElse(false);
        if (!frameAfter || !wordsBefore || !plainBefore || sourceBefore || a.content().size() != 1) {
            return a;
        }
        return a.withContent(List.of(new CharSpan(start, quote.end())), QuoteKind.MIXED);
    }

    /**
     * Where the words leading into a quote begin: the sentence's start, or just after the last full stop before the
     * quote, since the splitter often keeps a sentence together with the quote that follows it ("… by Oman.
     * ''What the Americans did …,'' he said"); that sentence is the writer's, not the quote's lead-in. A full stop is
     * a token of its own, unlike the one of "Mr.".
     */
    private static int afterLastFullStop(ParsedSentence sentence, int quoteBegin) {
        int start = sentence.begin();
        for (CoreLabel t : sentence.tokens()) {
            if (t.beginPosition() < quoteBegin && (t.word().equals(".") || t.word().equals("?")
                    || t.word().equals("!"))) {
                start = t.endPosition();
            }
        }
        return start;
    }

    /** The attribution with more content spans, in text order. */
    private static Attribution extended(Attribution a, List<CharSpan> more) {
        if (more.isEmpty()) {
            return a;
        }
        List<CharSpan> content = new ArrayList<>(a.content());
        content.addAll(more);
        content.sort(null);
        return a.withContent(content, QuoteKind.DIRECT);
    }

    /** Open paragraphs just before a quote, if they lead straight into it. */
    private static List<CharSpan> waitingBefore(String text, List<CharSpan> waiting, CharSpan quote) {
        if (waiting.isEmpty()) {
            return List.of();
        }
        CharSpan last = waiting.get(waiting.size() - 1);
        boolean adjacent = text.substring(last.end(), quote.begin()).isBlank();
        return adjacent ? List.copyOf(waiting) : List.of();
    }

    private static boolean isUnclosed(String text, CharSpan quote) {
        String last = QuoteFinder.markAt(text, Math.max(quote.begin(), quote.end() - 1));
        String lastTwo = quote.end() - 2 > quote.begin() ? QuoteFinder.markAt(text, quote.end() - 2) : null;
        boolean closed = (last != null && quote.end() - 1 > quote.begin()) || (lastTwo != null && lastTwo.length() == 2);
        return !closed;
    }

    /**
     * "“Who do they think they are?” Trump said.": a quote ending in ? or ! is split off as a sentence of its
     * own, and its frame opens the next one.
     */
    private Optional<Attribution> trailingFrame(ParsedArticle doc, ParsedSentence last, CharSpan quote,
                                                List<CharSpan> quotes, Set<CueToken> usedCues) {
        if (last.index() + 1 >= doc.sentences().size()) {
            return Optional.empty();
        }
        ParsedSentence next = doc.sentences().get(last.index() + 1);
        boolean adjacent = next.begin() - quote.end() <= 2 && next.begin() >= quote.end()
                && doc.text().substring(quote.end(), next.begin()).indexOf('\n') < 0;
        if (!adjacent) {
            return Optional.empty();
        }
        Set<CueToken> tried = new java.util.HashSet<>(usedCues);
        // After a full stop the next sentence frames the quote only when the frame is all it says ("….” Roe
        // said."); "The mayor asked if P" after a quote asks P, it does not frame the quote.
        boolean fullStop = QuoteFinder.lastCharacter(doc.text(), quote) == '.';
        Optional<Attribution> found = withCue(doc, List.of(next), quote, quotes, tried)
                .filter(a -> a.cue().begin() - quote.end() <= TRAILING_FRAME_REACH)
                .filter(a -> !fullStop || QuoteFinder.frameIsAll(next, a.cue()));
        found.ifPresent(a -> usedCues.addAll(tried));
        return found;
    }

    /** "In a speech, he declared:" then the quote, in a sentence or paragraph of its own. */
    private Optional<Attribution> leadIn(ParsedArticle doc, ParsedSentence first, CharSpan quote,
                                         List<CharSpan> quotes, Set<CueToken> usedCues) {
        if (first.index() == 0) {
            return Optional.empty();
        }
        ParsedSentence before = doc.sentences().get(first.index() - 1);
        List<CoreLabel> tokens = before.tokens();
        boolean endsWithColon = tokens.get(tokens.size() - 1).word().equals(":");
        return endsWithColon ? withCue(doc, List.of(before), quote, quotes, usedCues) : Optional.empty();
    }

    private Optional<Attribution> withCue(ParsedArticle doc, List<ParsedSentence> sentences, CharSpan quote,
                                          List<CharSpan> quotes, Set<CueToken> usedCues) {
        IndexedWord best = null;
        ParsedSentence bestSentence = null;
        int bestDistance = Integer.MAX_VALUE;
        for (ParsedSentence s : sentences) {
            for (int i : TreeSpans.tokensOutside(s, quotes)) {
                IndexedWord node = s.node(i);
                if (!isQuoteCue(s, node, quote, quotes)) {
                    continue;
                }
                int distance = distance(s.token(i), quote);
                if (distance < bestDistance) {
                    best = node;
                    bestSentence = s;
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        ParsedSentence s = bestSentence;
        Optional<Mention> source = CueFrames.sourceHead(s, best).flatMap(h -> CueFrames.mention(s, h, doc.text(), quotes))
                .filter(m -> !m.span().overlaps(quote));
        usedCues.add(new CueToken(s.index(), best.index()));
        CharSpan verbCue = CueFrames.cueSpan(s, best, source, quote);
        // "She went on to say: “P”": the verb that carries the infinitive joins the cue, as in reported speech.
        CharSpan carried = CueCarrier.of(s, best, lexicon)
                .map(c -> CueFrames.withCarrier(s, c, verbCue, source, List.of(quote), lexicon)).orElse(verbCue);
        CharSpan cue = CueFrames.withAdjuncts(s, doc.text(), carried, List.of(quote), source);
        List<CharSpan> clause = quotedClause(doc.text(), s, best, quote, quotes);
        if (!clause.isEmpty() && clause.stream().noneMatch(c -> c.overlaps(cue))) {
            return Optional.of(new Attribution(source, cue, best.lemma().toLowerCase(), clause,
                    QuoteKind.MIXED, s.index()));
        }
        Optional<CharSpan> lead = clauseLeadingIntoQuote(doc.text(), s, best, cue, quote);
        if (lead.isPresent()) {
            return Optional.of(new Attribution(source, cue, best.lemma().toLowerCase(), List.of(lead.get()),
                    QuoteKind.MIXED, s.index()));
        }
        return Optional.of(new Attribution(source, cue, best.lemma().toLowerCase(), List.of(quote),
                QuoteKind.DIRECT, s.index()));
    }

    /** Relations by which a cue takes the clause or phrase it reports. */
    private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp", "xcomp", "obj");

    /**
     * "X vowed to go after “anyone who …”", "saying it should be “up to the board”": a quote that ends the clause
     * the cue takes, after words of the reporter's, is part of that clause, which is the content, as gold marks it.
     * Empty when the quote follows the cue directly, or the clause does not hold the whole quote.
     */
    private static Optional<CharSpan> clauseLeadingIntoQuote(String text, ParsedSentence s, IndexedWord cueVerb,
                                                            CharSpan cue, CharSpan quote) {
        if (cue.end() > quote.begin() || quote.end() > s.end() + 2) {
            return Optional.empty();
        }
        for (IndexedWord child : CONTENT_RELATIONS.stream().flatMap(r -> s.children(cueVerb, r).stream()).toList()) {
            Optional<CharSpan> clause = TreeSpans.subtree(s, child, List.of(), text)
                    .map(c -> TreeSpans.closeQuote(c, text));
            boolean leads = clause.map(c -> c.begin() >= cue.end() && c.begin() < quote.begin()
                    && c.contains(quote.begin()) && c.end() >= quote.end()
                    && !text.substring(c.begin(), quote.begin()).isBlank()).orElse(false);
            if (leads) {
                return clause;
            }
        }
        return Optional.empty();
    }

    /**
     * "The industry, she said, is “doing much better.”": a quote that finishes a clause of the reporter's is
     * part of the content, which is the whole clause around the frame. Empty when the quote stands whole.
     */
    private static List<CharSpan> quotedClause(String text, ParsedSentence s, IndexedWord cue, CharSpan quote,
                                               List<CharSpan> quotes) {
        if (quote.begin() < s.begin() || quote.end() > s.end() + 2 || !startsLowerCase(text, quote)) {
            return List.of();
        }
        List<Integer> frame = s.subtree(cue, List.of());
        List<Integer> rest = new ArrayList<>();
        boolean reporterWords = false;
        for (CoreLabel t : s.tokens()) {
            if (frame.contains(t.index())) {
                continue;
            }
            rest.add(t.index());
            boolean quoted = quotes.stream().anyMatch(q -> q.contains(t.beginPosition()));
            reporterWords |= !quoted && !s.isPunctuation(t.index());
        }
        if (!reporterWords) {
            return List.of();
        }
        List<CharSpan> runs = TreeSpans.runs(s, rest, text);
        // Only a clause the quote belongs to: words of the reporter's elsewhere (a second sentence) do not count.
        return runs.stream().anyMatch(r -> r.contains(quote.begin())) ? runs : List.of();
    }

    /** A verb of the lexicon that takes quotes, with a source, and whose clausal content is the quote itself. */
    private boolean isQuoteCue(ParsedSentence s, IndexedWord node, CharSpan quote, List<CharSpan> quotes) {
        if (node == null || node.tag() == null || !node.tag().startsWith("VB")) {
            return false;
        }
        Optional<CueLexicon.Cue> cue = lexicon.lookup(s, node);
        if (cue.isEmpty() || !cue.get().takes(CueLexicon.Frame.QUOTE)) {
            return false;
        }
        if (CueFrames.sourceHead(s, node).isEmpty()) {
            return false;
        }
        // "She announced her deputy, calling him “my partner”": the quote is the participle's, not "announced"'s.
        if (NearerQuoteCue.takenBelow(s, node, quote, lexicon)) {
            return false;
        }
        // "He said the plan “will fail”": the clause, not the quote, is the content; that is indirect speech.
        for (IndexedWord comp : s.children(node, "ccomp")) {
            List<Integer> words = s.subtree(comp, List.of());
            boolean spillsOut = words.stream().anyMatch(i -> !s.isPunctuation(i)
                    && quotes.stream().noneMatch(q -> q.contains(s.token(i).beginPosition())));
            if (spillsOut) {
                return false;
            }
        }
        return true;
    }

    private static int distance(CoreLabel token, CharSpan quote) {
        if (token.endPosition() <= quote.begin()) {
            return quote.begin() - token.endPosition();
        }
        return Math.max(0, token.beginPosition() - quote.end());
    }

    private static List<ParsedSentence> sentencesOf(ParsedArticle doc, CharSpan quote) {
        List<ParsedSentence> out = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            if (s.end() > quote.begin() && s.begin() < quote.end()) {
                out.add(s);
            }
        }
        return out;
    }

    /** A quote opening in lower case picks up a sentence someone else began: "is “doing much better”". */
    private static boolean startsLowerCase(String text, CharSpan quote) {
        for (int i = quote.begin(); i < quote.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return Character.isLowerCase(text.charAt(i));
            }
        }
        return false;
    }

    /** The quote closes on a comma, question or exclamation mark, as a quoted clause before its frame does. */
    private static boolean endsWithClauseMark(String text, CharSpan quote) {
        char c = QuoteFinder.lastCharacter(text, quote);
        return c == ',' || c == '?' || c == '!';
    }

    /** A real quotation holds a verb or several words; "so-called “experts”" does not. */
    private static boolean isQuotation(List<ParsedSentence> sentences, CharSpan quote) {
        int words = 0;
        for (ParsedSentence s : sentences) {
            for (CoreLabel t : s.tokens()) {
                if (!quote.contains(t.beginPosition())) {
                    continue;
                }
                // A contracted verb ("That's", "we're") is a verb though it does not start with a letter.
                if (t.tag() != null && t.tag().startsWith("VB")) {
                    return true;
                }
                if (Character.isLetterOrDigit(t.word().charAt(0))) {
                    words++;
                }
            }
        }
        return words >= MIN_WORDS_WITHOUT_VERB;
    }

    /**
     * True when the quote follows a channel preposition, itself or with the network's possessive between: "said on
     * CBS's “Face the Nation”", "wrote in “The Art of the Deal”". That is the title of a programme or a book the
     * speaker spoke on or wrote in, not words quoted (all 840 PolNeAR train articles: 13 such titles after "said
     * on", none of them a content in gold).
     */
    private static boolean isProgrammeTitle(String text, List<ParsedSentence> sentences, CharSpan quote) {
        // A title is capitalised; "is in “serious trouble,”" and "focused on “ending …”" quote words.
        String words = quote.of(text).replaceFirst("^[\\p{Punct}\\p{Pi}\\p{Pf}\\s]+", "");
        if (words.isEmpty() || !Character.isUpperCase(words.charAt(0))) {
            return false;
        }
        ParsedSentence s = sentences.get(0);
        int before = -1;
        for (CoreLabel t : s.tokens()) {
            if (t.endPosition() <= quote.begin()) {
                before = t.index();
            }
        }
        // Back over a possessive network name: "on NBC's", "on ABC's".
        if (before > 1 && s.tag(before).equals("POS")) {
            before--;
            while (before > 1 && s.tag(before).startsWith("NNP")) {
                before--;
            }
        }
        return before >= 1 && s.tag(before).equals("IN") && ChannelPhrase.isChannelPreposition(s.token(before).word());
    }

    /**
     * True when the quote's sentences hold no words outside quotes: a quote continuing the speaker's words. Words of
     * another sentence that the splitter ran on over the quote's edge do not count: "…, said Roe. “P. Q.”" often
     * comes back with the opening mark at the end of the frame's sentence, and "“P.” Roe left." as one sentence.
     */
    private static boolean standsAlone(String text, List<ParsedSentence> sentences, List<CharSpan> quotes,
                                       CharSpan quote) {
        boolean afterStop = sentenceEndsBefore(text, quote.begin());
        boolean closesOnStop = endsSentence(String.valueOf(QuoteFinder.lastCharacter(text, quote)));
        for (ParsedSentence s : sentences) {
            for (int i : TreeSpans.tokensOutside(s, quotes)) {
                CoreLabel t = s.token(i);
                boolean before = t.endPosition() <= quote.begin() && afterStop;
                boolean after = t.beginPosition() >= quote.end() && closesOnStop;
                if (!s.isPunctuation(i) && !before && !after) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the last character before the offset that is not white space ends a sentence. */
    private static boolean sentenceEndsBefore(String text, int at) {
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && endsSentence(text.substring(i, i + 1));
    }

    /** True when the text ends on a full stop, question or exclamation mark. */
    private static boolean endsSentence(String text) {
        return !text.isEmpty() && ".?!".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** A quote continues the previous one when little more than a paragraph break and its frame lie between. */
    private static boolean continues(String text, Attribution previous, CharSpan quote) {
        int from = previous.contentExtent().end();
        if (from > quote.begin()) {
            return false;
        }
        String between = text.substring(from, quote.begin());
        long breaks = between.chars().filter(c -> c == '\n').count();
        return breaks <= 2 && between.length() < 200;
    }
}
