package org.claimgraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a news-please JSON object as one article: its {@code maintext} exactly, plus title, date, url and more. */
final class NewsPleaseJson {

    // news-please writes "2025-03-17 10:22:00"; other tools write ISO dates or datetimes, maybe with an offset.
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})(?:[ T]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

    private NewsPleaseJson() {
    }

    /** Decodes a {@code .json} file's bytes and reads the one object in it. */
    static Article read(String source, byte[] bytes) throws InputProblem {
        String json = Utf8.decodeFile(bytes);
        PlainTextFormat.requireText(json);
        return parse(source, json, true);
    }

    /**
     * Reads one JSON object as an article.
     *
     * @param withLine whether messages give the line too; a JSON Lines source already names its line
     */
    static Article parse(String source, String json, boolean withLine) throws InputProblem {
        Object value;
        try {
            value = StrictJson.parse(json);
        } catch (JsonSyntaxError e) {
            String where = (withLine ? "line " + e.line + ", " : "") + "column " + e.column;
            throw new InputProblem("malformed JSON at " + where + ": " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new InputProblem("not a news-please article: expected a JSON object, found " + typeName(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) map;
        return toArticle(source, object);
    }

    private static Article toArticle(String source, Map<String, Object> object) throws InputProblem {
        Object text = object.get("maintext");
        if (text != null && !(text instanceof String)) {
            throw new InputProblem("no text: field \"maintext\" is " + typeName(text) + ", not a string");
        }
        if (text == null || ((String) text).isBlank()) {
            throw new InputProblem("no text: field \"maintext\" is missing or empty");
        }
        return new Article(source, (String) text, 0, date(object), string(object, "title"),
                string(object, "source_domain"), string(object, "url"), authors(object));
    }

    /** An optional string field, stripped; blank counts as absent, another type is a mistake worth reporting. */
    private static Optional<String> string(Map<String, Object> object, String field) throws InputProblem {
        Object value = object.get(field);
        if (value != null && !(value instanceof String)) {
            throw new InputProblem("field \"" + field + "\" is " + typeName(value) + ", not a string");
        }
        return Optional.ofNullable((String) value).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> date(Map<String, Object> object) throws InputProblem {
        Optional<String> text = string(object, "date_publish");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.get());
        try {
            if (m.matches()) {
                // The calendar date as written, in the publisher's own time zone: the day the article bears.
                return Optional.of(LocalDate.parse(m.group(1)));
            }
        } catch (DateTimeException e) {
            // falls through to the message below
        }
        throw new InputProblem("field \"date_publish\" is not a date: \"" + text.get() + "\"");
    }

    private static List<String> authors(Map<String, Object> object) throws InputProblem {
        Object value = object.get("authors");
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new InputProblem("field \"authors\" is not an array of strings");
        }
        List<String> authors = new ArrayList<>();
        for (Object author : list) {
            String name = ((String) author).strip();
            if (!name.isEmpty()) {
                authors.add(name);
            }
        }
        return authors;
    }

    private static String typeName(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value instanceof String ? "a string" : value instanceof Double ? "a number"
                : value instanceof Boolean ? "a boolean" : "null";
    }
}
