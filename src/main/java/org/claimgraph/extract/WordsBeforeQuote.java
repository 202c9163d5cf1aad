package org.claimgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.lexicon.TsvResource;

/**
 * Gives a content that starts at a quotation mark the words between its cue and the mark: in "Roe said her critics
 * “seem to think P”" the reading took the quotation alone, but what Roe said is that her critics seem to think P,
 * and annotators start the content right after the cue (on PolNeAR dev, all 20 such contents), at "that" when the
 * words hold one ("told the panel on Monday that the plan “was never funded”").
 */
final class WordsBeforeQuote {

    /** Marks that open a quotation. */
    private static final String OPENING_MARKS = "\"\u201C";
    /**
     * A gap holding any of these is no run of plain words: a comma, colon, stop or dash sets the quote off from the
     * cue. A hyphen inside a word ("long-time") joins, so only a hyphen with no word on one side is a dash.
     */
    private static final Pattern BREAK = Pattern.compile("[,:;.!?\\n\"\u201C\u201D()\u2013\u2014]|(?<!\\w)-|-(?!\\w)");
    /** The complementiser that opens a reported clause inside the gap. */
    private static final Pattern THAT = Pattern.compile("\\bthat\\b");
    /** Words opening an adverbial clause before the quote ("says if elected “P”"), from {@code lead-in-openers.tsv}. */
    private static final Set<String> OPENERS = TsvResource.words("lead-in-openers.tsv");
    /** Longest gap, in characters, still read as one phrase leading into the quote. */
    private static final int MAX_GAP = 120;

    private WordsBeforeQuote() {
    }

    /** The attribution with its first content piece begun right after the cue, or as it was. */
    static Attribution complete(String text, Attribution a) {
        CharSpan first = a.content().get(0);
        int cueEnd = a.cue().end();
        if (cueEnd > first.begin() || OPENING_MARKS.indexOf(text.charAt(first.begin())) < 0) {
            return a;
        }
        String gap = text.substring(cueEnd, first.begin());
        boolean sourceInGap = a.source().map(m -> m.span().end() > cueEnd && m.span().begin() < first.begin())
                .orElse(false);
        // The opener may stand first in the gap or, where the cue took it in ("says if"), last in the cue.
        String[] cueWords = a.cue().of(text).strip().split("\\s+");
        String firstWord = gap.strip().split("\\s+")[0];
        boolean adverbialClause = OPENERS.contains(firstWord.toLowerCase(Locale.ROOT))
                || OPENERS.contains(cueWords[cueWords.length - 1].toLowerCase(Locale.ROOT));
        if (gap.isBlank() || gap.length() > MAX_GAP || BREAK.matcher(gap).find() || sourceInGap || adverbialClause) {
            return a;
        }
        int start = cueEnd;
        Matcher that = THAT.matcher(gap);
        while (that.find()) {
            start = cueEnd + that.start();
        }
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        List<CharSpan> content = new ArrayList<>(a.content());
        content.set(0, new CharSpan(start, first.end()));
        return a.withContent(content, QuoteKind.MIXED);
    }
}
