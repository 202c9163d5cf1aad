package org.claimgraph.annotate;

import java.util.Set;

/** The double quotation marks as tokens: straight, curly, and the {@code ``} and {@code ''} the tokenizer may write. */
public final class QuoteMarks {

    /** Tokens that open or close a quotation. */
    private static final Set<String> DOUBLE = Set.of("\"", "\u201C", "\u201D", "``", "''");
    /** The characters that open or close a quotation in running text, straight and curly. */
    private static final String DOUBLE_CHARACTERS = "\"\u201C\u201D";

    private QuoteMarks() {
    }

    /** True for a token that opens or closes a quotation. */
    public static boolean isQuoteMark(String word) {
        return DOUBLE.contains(word);
    }

    /** True for a character that opens or closes a quotation in running text: a straight or curly double mark. */
    public static boolean isQuoteCharacter(char c) {
        return DOUBLE_CHARACTERS.indexOf(c) >= 0;
    }

    /** True when a stretch of text holds a quotation mark anywhere. */
    public static boolean anyIn(String text) {
        return DOUBLE.stream().anyMatch(text::contains);
    }
}
