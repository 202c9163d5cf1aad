package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewsPleaseJsonTest {

    private static Article parse(String json) throws InputProblem {
        return NewsPleaseJson.parse("a.json", json, true);
    }

    private static String problem(String json) {
        return assertThrows(InputProblem.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsAllNewsPleaseFieldsAndIgnoresTheRest() {
        Path file = Path.of("src/test/resources/read/json/article.json");
        Article article = new ArticleReader().read(file).get(0);

        assertEquals(file.toString(), article.source());
        assertEquals("The ferry operator denied on Monday that its crews were on strike.\n\n"
                + "\"Every boat sailed on time,\" said a spokesman \uD83D\uDEA2.", article.text());
        assertEquals(0, article.bodyStart());
        assertEquals(Optional.of("Ferry operator denies strike"), article.headline());
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), article.datePublished());
        assertEquals(Optional.of("news.example.org"), article.publisher());
        assertEquals(Optional.of("https://news.example.org/ferry"), article.url());
        assertEquals(List.of("Jonas Petrak", "Ines Albu"), article.authors());
    }

    @Test
    void maintextIsKeptExactlyWhitespaceAndAll() throws Exception {
        Article article = parse("{\"maintext\": \"  First line.\\r\\n\\tSecond \\u00e9 \\ud83d\\ude00\\n\"}");
        assertEquals("  First line.\r\n\tSecond \u00e9 \uD83D\uDE00\n", article.text());
    }

    @Test
    void onlyMaintextIsRequired() throws Exception {
        Article article = parse("{\"maintext\": \"Text.\", \"title\": null, \"date_publish\": null, \"authors\": null}");
        assertEquals(Optional.empty(), article.headline());
        assertEquals(Optional.empty(), article.datePublished());
        assertEquals(Optional.empty(), article.publisher());
        assertEquals(Optional.empty(), article.url());
        assertEquals(List.of(), article.authors());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2025-03-17", "2025-03-17 10:22:00", "2025-03-17T10:22", "2025-03-17T10:22:00.123Z",
        "2025-03-17T23:30:00-05:00", "2025-03-17T00:10:00+0100"})
    void datePublishTakesTheCalendarDateAsWritten(String date) throws Exception {
        Article article = parse("{\"maintext\": \"Text.\", \"date_publish\": \"" + date + "\"}");
        assertEquals(Optional.of(LocalDate.of(2025, 3, 17)), article.datePublished());
    }

    @ParameterizedTest
    @ValueSource(strings = {"17 March 2025", "2025-02-30", "2025-03-17 noon"})
    void unreadableDatePublishIsAProblem(String date) {
        assertEquals("field \"date_publish\" is not a date: \"" + date + "\"",
                problem("{\"maintext\": \"Text.\", \"date_publish\": \"" + date + "\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"title\": \"No text\"}", "{\"maintext\": null}", "{\"maintext\": \"\"}",
        "{\"maintext\": \" \\n \"}", "{}"})
    void missingOrEmptyMaintextIsAProblem(String json) {
        assertEquals("no text: field \"maintext\" is missing or empty", problem(json));
    }

    @Test
    void maintextOfAnotherTypeIsAProblem() {
        assertEquals("no text: field \"maintext\" is a number, not a string", problem("{\"maintext\": 42}"));
        assertEquals("no text: field \"maintext\" is an array, not a string", problem("{\"maintext\": [\"a\"]}"));
    }

    @Test
    void metadataOfTheWrongTypeIsAProblem() {
        assertEquals("field \"title\" is a boolean, not a string", problem("{\"maintext\": \"T.\", \"title\": true}"));
        assertEquals("field \"authors\" is not an array of strings",
                problem("{\"maintext\": \"T.\", \"authors\": [\"A\", 1]}"));
        assertEquals("field \"authors\" is not an array of strings",
                problem("{\"maintext\": \"T.\", \"authors\": \"A\"}"));
    }

    @Test
    void topLevelMustBeAnObject() {
        assertEquals("not a news-please article: expected a JSON object, found an array",
                problem("[{\"maintext\": \"Text.\"}]"));
    }

    @Test
    void malformedJsonSaysWhereAndWhy() {
        assertEquals("malformed JSON at line 3, column 1: expected a value but found '}'",
                problem("{\"maintext\": \"Text.\",\n  \"title\":\n}"));
        // A JSON Lines source already names its line, so only the column is given.
        assertEquals("malformed JSON at column 6: expected ':' after the key but found '1'",
                assertThrows(InputProblem.class, () -> NewsPleaseJson.parse("b.jsonl:4", "{\"a\" 1}", false))
                        .getMessage());
    }
}
