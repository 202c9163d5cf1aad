package org.claimgraph.read;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * One news article as read from its input: the full text exactly as decoded plus what is known about it.
 *
 * @param source        where it came from, for messages: a file path, or {@code path:line} for JSON Lines
 * @param text          the full text exactly as decoded, header line included; every offset indexes this
 * @param bodyStart     index (UTF-16) in {@code text} where the article body starts, after any header
 * @param datePublished publication date, when known
 * @param headline      title, when known
 * @param publisher     publisher's name or domain, when known
 * @param url           address of the article, when known
 * @param authors       authors' names, possibly empty
 */
public record Article(String source, String text, int bodyStart, Optional<LocalDate> datePublished,
                      Optional<String> headline, Optional<String> publisher, Optional<String> url,
                      List<String> authors) {

    public Article {
        if (bodyStart < 0 || bodyStart > text.length()) {
            throw new IllegalArgumentException("bodyStart " + bodyStart + " outside text of " + source);
        }
        authors = List.copyOf(authors);
    }

    /** A plain article with no header or metadata. */
    public static Article ofText(String source, String text) {
        return new Article(source, text, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /** A stored article text without the date header it may start with ("date 2025-03-10"), as texts keep it. */
    public static String withoutHeader(String text) {
        return text.substring(PlainTextFormat.headerEnd(text));
    }

    /** The text with the header blanked out by spaces, so NLP offsets stay those of {@link #text()}. */
    public String bodyWithHeaderBlanked() {
        if (bodyStart == 0) {
            return text;
        }
        return " ".repeat(bodyStart) + text.substring(bodyStart);
    }

    /**
     * A stable key for this article: derived from its URL when known, else from its text, so that the same input
     * always yields the same graph IRI and loading it again replaces it.
     */
    public String key() {
        String basis = url.map(u -> "url:" + u.trim()).orElse("text:" + text);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
