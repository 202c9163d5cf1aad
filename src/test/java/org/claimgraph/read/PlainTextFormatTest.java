package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextFormatTest {

    private static final Path SEED = Path.of("seeds/000_46f0d68cc48e47aa.txt");
    private static final Path FIXTURES = Path.of("src/test/resources/read/plain");

    @Test
    void seedHeaderGivesDateAndBodyStartWhileTextStaysWhole() throws Exception {
        List<Article> articles = new ArticleReader().read(SEED);

        assertEquals(1, articles.size());
        Article seed = articles.get(0);
        assertEquals(SEED.toString(), seed.source());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), seed.datePublished());
        assertEquals(Files.readString(SEED, StandardCharsets.UTF_8), seed.text());
        assertTrue(seed.text().startsWith(" date 2025-03-17 "), "header kept in the text");
        assertEquals(seed.text().indexOf("Rustem"), seed.bodyStart());
        assertTrue(seed.text().startsWith("Rustem Umerov denied", seed.bodyStart()));
        assertEquals(Optional.empty(), seed.headline());
    }

    @Test
    void nonBmpCharactersSurviveExactlyAndOffsetsPointAtThem() throws Exception {
        Path file = FIXTURES.resolve("dated-emoji.txt");
        Article article = new ArticleReader().read(file).get(0);

        String text = article.text();
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), text);
        assertEquals(Optional.of(LocalDate.of(2024, 11, 5)), article.datePublished());
        assertTrue(text.startsWith("Councillor Ana Ruiz", article.bodyStart()));
        int construction = text.indexOf("\uD83D\uDEA7");
        assertEquals(0x1F6A7, text.codePointAt(construction));
        assertTrue(text.startsWith(" despite", construction + 2), "an emoji is two UTF-16 units");
        assertEquals(text.length() - 2, text.codePointCount(0, text.length()), "two emoji, each a surrogate pair");
    }

    @Test
    void headerMayStandOnItsOwnLineOrBeIndented() throws Exception {
        Article ownLine = PlainTextFormat.parse("a", " date 2025-03-17\n\nBody starts here.");
        assertEquals(ownLine.text().indexOf("Body"), ownLine.bodyStart());

        Article indented = PlainTextFormat.parse("b", "\t date 2025-03-17   Body starts here.");
        assertEquals(indented.text().indexOf("Body"), indented.bodyStart());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), indented.datePublished());
    }

    @Test
    void withoutHeaderBodyStartsAtZeroAndNoDate() throws Exception {
        Article article = PlainTextFormat.parse("a", "date night is popular, a survey said. More text.");
        assertEquals(0, article.bodyStart());
        assertEquals(Optional.empty(), article.datePublished());

        Article glued = PlainTextFormat.parse("b", " date 2025-03-17x is not a header.");
        assertEquals(0, glued.bodyStart());
    }

    @Test
    void headerWithoutBodyIsAProblem() {
        InputProblem e = assertThrows(InputProblem.class, () -> PlainTextFormat.parse("a", " date 2025-03-17 \n"));
        assertEquals("no text after the date header", e.getMessage());
    }

    @Test
    void headerWithImpossibleDateIsAProblem() {
        InputProblem e = assertThrows(InputProblem.class, () -> PlainTextFormat.parse("a", " date 2025-02-30 Text."));
        assertEquals("bad date in header: 2025-02-30", e.getMessage());
    }

    @Test
    void firstShortLineWithoutFinalPunctuationIsTheHeadline() throws Exception {
        Path file = FIXTURES.resolve("headline.txt");
        Article article = new ArticleReader().read(file).get(0);

        assertEquals(Optional.of("Harbour council delays ferry tender"), article.headline());
        assertEquals(0, article.bodyStart());
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), article.text());
    }

    @Test
    void headlineIsTrimmedAndWindowsLineBreaksStayInTheText() throws Exception {
        String text = "  Mayor backs tram plan \r\n\r\nThe mayor said on Monday that the tram would be built.\r\n";
        Article article = PlainTextFormat.parse("a", text);
        assertEquals(Optional.of("Mayor backs tram plan"), article.headline());
        assertEquals(text, article.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The mayor said the tram would be built.\nMore text follows here.",
        "Is the tram coming?\nMore text follows here.",
        "He said:\n\"The tram is coming.\"",
        "The mayor said on Monday that the new tram line would\nbe built by the end of next year.",
        "A headline with no body after it\n",
        "A single line with no line break",
        "\nText after a blank first line.",
    })
    void firstLineThatLooksLikeProseIsNoHeadline(String text) throws Exception {
        assertEquals(Optional.empty(), PlainTextFormat.parse("a", text).headline());
    }

    @Test
    void veryLongFirstLineIsNoHeadline() throws Exception {
        String text = "Word ".repeat(50).strip() + "\n\nBody text.";
        assertEquals(Optional.empty(), PlainTextFormat.parse("a", text).headline());
    }

    @Test
    void utf8ByteOrderMarkIsDroppedAndNothingElse() throws Exception {
        byte[] body = " date 2025-03-17 Text.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Article article = PlainTextFormat.read("a", bytes);
        assertEquals(" date 2025-03-17 Text.\n", article.text());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), article.datePublished());
    }
}
