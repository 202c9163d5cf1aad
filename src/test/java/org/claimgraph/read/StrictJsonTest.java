package org.claimgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StrictJsonTest {

    @Test
    void parsesEveryKindOfValue() throws Exception {
        Object value = StrictJson.parse(" {\"s\": \"a\\\"b\\\\c\\/d\\u00e9\\ud83d\\ude00\", \"n\": -1.5e2, \"z\": 0,"
                + " \"t\": true, \"f\": false, \"x\": null, \"a\": [1, [], {}]}\r\n");

        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals("a\"b\\c/d\u00e9\uD83D\uDE00", map.get("s"));
        assertEquals(-150.0, map.get("n"));
        assertEquals(0.0, map.get("z"));
        assertEquals(Boolean.TRUE, map.get("t"));
        assertEquals(Boolean.FALSE, map.get("f"));
        assertTrue(map.containsKey("x"));
        assertEquals(null, map.get("x"));
        assertEquals(Arrays.asList(1.0, List.of(), Map.of()), map.get("a"));
        assertEquals(List.of("s", "n", "z", "t", "f", "x", "a"), List.copyOf(map.keySet()), "order kept");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{'a': 1}                 | expected a string key but found '''",
        "{a: 1}                   | expected a string key but found 'a'",
        "{\"a\": 1,}              | expected a string key but found '}'",
        "[1, 2,]                  | expected a value but found ']'",
        "// note\\n{}             | expected a value but found '/'",
        "{\"a\": 1} x             | unexpected 'x' after the JSON value",
        "{\"a\": 1} {\"b\": 2}    | unexpected '{' after the JSON value (several objects? name the file .jsonl)",
        "{\"a\": \"\\ud83d x\"}   | unpaired surrogate in a \\u escape",
        "{\"a\": \"\\ude00\"}     | unpaired surrogate in a \\u escape",
        "{\"a\": \"\\u12\"}       | \\u escape needs four hex digits",
        "{\"a\": \"\\q\"}         | invalid escape in a string",
        "{\"a\": \"x              | unterminated string",
        "{\"a\": 01}              | invalid number",
        "{\"a\": 1e}              | invalid number",
        "{\"a\": .5}              | expected a value but found '.'",
        "{\"a\": 1.}              | invalid number",
        "{\"a\": -}               | invalid number",
        "{\"a\": tru}             | expected a value but found 't'",
        "{\"a\": 1, \"a\": 2}     | duplicate key \"a\"",
        "{\"a\" 1}                | expected ':' after the key but found '1'",
        "{\"a\": 1                | expected ',' or '}' but found the end of the text",
        "``                       | expected a value but found the end of the text",
    })
    void rejectsWhatLenientParsersAccept(String json, String reason) {
        String text = json.replace("\\n", "\n");
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class, () -> StrictJson.parse(text));
        assertEquals(reason, e.getMessage());
    }

    @Test
    void rawControlCharacterInAStringIsRejected() {
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class,
                () -> StrictJson.parse("{\"a\": \"tab\there\"}"));
        assertEquals("control character U+0009 in a string must be escaped", e.getMessage());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String json = "[".repeat(100_000) + "]".repeat(100_000);
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class, () -> StrictJson.parse(json));
        assertEquals("nested more than 512 levels deep", e.getMessage());
    }

    @Test
    void errorsGiveLineAndColumn() {
        JsonSyntaxError e = assertThrows(JsonSyntaxError.class,
                () -> StrictJson.parse("{\n  \"a\": 1,\n  \"b\" 2\n}"));
        assertEquals(3, e.line);
        assertEquals(7, e.column);
    }
}
