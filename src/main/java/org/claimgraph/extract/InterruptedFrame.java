package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.claimgraph.annotate.ParsedArticle;
import org.claimgraph.annotate.ParsedSentence;
import org.claimgraph.annotate.PosTags;
import org.claimgraph.annotate.QuoteMarks;

/**
 * Completes the content of a frame set off by commas in mid-sentence: "In other words, he said, “the era is over.”"
 * and "Mr. Roe, officials said, has become wary". Whatever extractor read the frame, what the sentence says
 * before it belongs to the content too (annotators mark the two pieces), and a source that swallowed the opening
 * ("Mr. Roe, officials") gives it back.
 */
final class InterruptedFrame {

    private InterruptedFrame() {
    }

    /** The attribution with the sentence's opening added to its content when its frame interrupts the sentence. */
    static Attribution complete(ParsedArticle doc, Attribution a) {
        if (a.source().isEmpty() || a.source().get().span().end() <= a.source().get().span().begin()) {
            return a;
        }
        String text = doc.text();
        ParsedSentence s = doc.sentences().get(a.sentence());
        CharSpan source = a.source().get().span();
        int frameStart = Math.min(source.begin(), a.cue().begin());
        int frameEnd = Math.max(source.end(), a.cue().end());
        CharSpan first = a.content().get(0);
        // The content must resume right after the frame's closing comma and nothing of it may lie before the frame.
        if (first.begin() < frameEnd || !text.substring(frameEnd, first.begin()).matches("\\s*,\\s*")) {
            return a;
        }
        // "X said, adding, …": a frame of two cues is not one interruption, and what precedes it is the first's.
        String between = source.end() <= a.cue().begin() ? text.substring(source.end(), a.cue().begin())
                : text.substring(a.cue().end(), Math.max(a.cue().end(), source.begin()));
        if (between.contains(",")) {
            return a;
        }
        Optional<CharSpan> opening = openingBefore(text, s, frameStart);
        Mention speaker = a.source().get();
        if (opening.isEmpty() && source.begin() < a.cue().begin()) {
            // "The plan, an inside source said, is …": the parser took the opening for an apposition of the source.
            opening = openingInsideSource(text, s, source);
            if (opening.isPresent()) {
                int rest = restAfterComma(text, source);
                speaker = new Mention(new CharSpan(rest, source.end()), speaker.sentence(), speaker.headToken());
            }
        }
        // "Still, he added, …", "In a statement, she said, …": an opening without a verb of its own is the
        // frame's circumstance, unless the words after the frame need it as their subject ("The plan, X said, is …").
        // "Asked why, X responded, …": a participle opening says how the frame came about, not what was said, unless
        // the words after the frame need it as their subject ("Freeing them, she promised, was her first goal").
        if (opening.isEmpty() || opensWithParticiple(s, opening.get()) && !resumesWithVerb(s, first)
                || !(hasFiniteVerb(s, opening.get()) || resumesWithVerb(s, first))) {
            return a;
        }
        List<CharSpan> content = new ArrayList<>();
        content.add(opening.get());
        content.addAll(a.content());
        return new Attribution(Optional.of(speaker), a.cue(), a.cueLemma(), content, a.kind(), a.sentence());
    }

    /** The words from the sentence's start up to the comma that opens the frame, if the frame has such a comma. */
    private static Optional<CharSpan> openingBefore(String text, ParsedSentence s, int frameStart) {
        String before = text.substring(s.begin(), frameStart).stripTrailing();
        if (!before.endsWith(",")) {
            return Optional.empty();
        }
        return piece(text, s.begin(), s.begin() + before.length() - 1);
    }

    /** "The plan, an inside source": the words before the source's last comma, when the source opens the sentence. */
    private static Optional<CharSpan> openingInsideSource(String text, ParsedSentence s, CharSpan source) {
        String words = text.substring(source.begin(), source.end()).stripTrailing();
        int comma = words.lastIndexOf(',');
        // "Mr. Roe, a former adviser, said, …": a description closed by its comma belongs to the source.
        if (source.begin() != s.begin() || comma < 0 || comma == words.length() - 1) {
            return Optional.empty();
        }
        return piece(text, source.begin(), source.begin() + comma);
    }

    /** True when a token inside the span is a finite verb or a modal. */
    private static boolean hasFiniteVerb(ParsedSentence s, CharSpan span) {
        return s.tokens().stream().anyMatch(t -> span.contains(t.beginPosition()) && PosTags.isFiniteOrModal(t.tag()));
    }

    /** True when the span's first word is a participle: "Asked about it", "Speaking to reporters". */
    private static boolean opensWithParticiple(ParsedSentence s, CharSpan span) {
        return s.tokens().stream().filter(t -> t.beginPosition() >= span.begin()).findFirst()
                .map(t -> "VBN".equals(t.tag()) || "VBG".equals(t.tag())).orElse(false);
    }

    /** True when the first word of the piece, past any quotation mark, is a verb: the piece lacks its subject. */
    private static boolean resumesWithVerb(ParsedSentence s, CharSpan piece) {
        return s.tokens().stream().filter(t -> t.beginPosition() >= piece.begin() && !s.isPunctuation(t.index()))
                .findFirst().map(t -> t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD")))
                .orElse(false);
    }

    /** Where the source resumes after its last comma. */
    private static int restAfterComma(String text, CharSpan source) {
        int at = source.begin() + text.substring(source.begin(), source.end()).lastIndexOf(',') + 1;
        while (at < source.end() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * The trimmed span between two offsets; empty when blank or when it holds a quotation mark (a quotation split
     * around its frame is the direct-quote reader's to join).
     */
    private static Optional<CharSpan> piece(String text, int begin, int end) {
        String words = text.substring(begin, end);
        boolean quoted = QuoteMarks.anyIn(words);
        if (words.isBlank() || quoted) {
            return Optional.empty();
        }
        int b = begin;
        while (Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        int e = end;
        while (Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return Optional.of(new CharSpan(b, e));
    }
}
