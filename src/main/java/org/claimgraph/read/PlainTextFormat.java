package org.claimgraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a UTF-8 text file as one article, taking its date from a {@code date YYYY-MM-DD} header when present. */
final class PlainTextFormat {

    // The seed's header: at the very start, maybe indented, with the body following on the same line.
    private static final Pattern HEADER = Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4}-\\d{2}-\\d{2})(?=\\s|\\z)\\s*");
    private static final Pattern FIRST_LINE = Pattern.compile("\\A([^\\r\\n]*)(?:\\r\\n|\\r|\\n)");
    // A line ending like a sentence (or mid-sentence, as in hard-wrapped text) is body, not a headline.
    private static final Pattern ENDS_LIKE_PROSE = Pattern.compile("[.!?…:;,\\-–—][\"'”’»)\\]]*$");
    private static final int MAX_HEADLINE_LENGTH = 200;

    private PlainTextFormat() {
    }

    /** Decodes a file's bytes and reads them as one article. */
    static Article read(String source, byte[] bytes) throws InputProblem {
        return parse(source, Utf8.decodeFile(bytes));
    }

    /** Reads decoded text as one article whose text is exactly {@code text}. */
    static Article parse(String source, String text) throws InputProblem {
        requireText(text);
        Matcher header = HEADER.matcher(text);
        if (!header.lookingAt()) {
            return new Article(source, text, 0, Optional.empty(), headline(text), Optional.empty(), Optional.empty(),
                    List.of());
        }
        if (header.end() == text.length()) {
            throw new InputProblem("no text after the date header");
        }
        return new Article(source, text, header.end(), Optional.of(headerDate(header.group(1))), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of());
    }

    /** Where the text after a date header starts: 0 when the text has none. */
    static int headerEnd(String text) {
        Matcher header = HEADER.matcher(text);
        return header.lookingAt() ? header.end() : 0;
    }

    /** Rejects text that holds nothing to read. */
    static void requireText(String text) throws InputProblem {
        if (text.isEmpty()) {
            throw new InputProblem("empty file");
        }
        if (text.isBlank()) {
            throw new InputProblem("no text: only whitespace");
        }
    }

    private static LocalDate headerDate(String date) throws InputProblem {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeException e) {
            // A header that looks like one but names no real day is a typo worth reporting, not body text.
            throw new InputProblem("bad date in header: " + date);
        }
    }

    /**
     * The first line when it looks like a headline (as in BBC-style files): short, not ending like prose, and
     * followed by a line break and a body that does not continue it in lower case.
     */
    static Optional<String> headline(String text) {
        Matcher first = FIRST_LINE.matcher(text);
        if (!first.lookingAt()) {
            return Optional.empty();
        }
        String line = first.group(1).strip();
        String rest = text.substring(first.end()).stripLeading();
        boolean looksLikeHeadline = !line.isEmpty() && line.length() < MAX_HEADLINE_LENGTH
                && !ENDS_LIKE_PROSE.matcher(line).find()
                && !rest.isEmpty() && !Character.isLowerCase(rest.codePointAt(0));
        return looksLikeHeadline ? Optional.of(line) : Optional.empty();
    }
}
