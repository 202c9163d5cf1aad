package org.claimgraph.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses JSON text strictly (RFC 8259) into maps, lists, strings, doubles, booleans and nulls.
 *
 * <p>Written here rather than using Jena's parser, which accepts single quotes, bare keys and comments, ignores
 * trailing content (so several objects in a {@code .json} file would silently lose all but the first) and gives
 * no line or column.
 */
final class StrictJson {

    private static final int MAX_DEPTH = 512;
    private static final Pattern HEX4 = Pattern.compile("[0-9A-Fa-f]{4}");
    private static final Pattern NUMBER = Pattern.compile("-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?");

    private final String s;
    private int pos;
    private int depth;

    private StrictJson(String s) {
        this.s = s;
    }

    /** Parses one JSON value that must make up the whole text, apart from surrounding whitespace. */
    static Object parse(String text) throws JsonSyntaxError {
        StrictJson parser = new StrictJson(text);
        parser.skipWhitespace();
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            String hint = text.charAt(parser.pos) == '{' ? " (several objects? name the file .jsonl)" : "";
            throw parser.error(parser.pos, "unexpected " + parser.found() + " after the JSON value" + hint);
        }
        return value;
    }

    private Object value() throws JsonSyntaxError {
        return switch (pos < s.length() ? s.charAt(pos) : 0) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
            default -> throw error(pos, "expected a value but found " + found());
        };
    }

    private Map<String, Object> object() throws JsonSyntaxError {
        enter();
        Map<String, Object> map = new LinkedHashMap<>();
        if (closesEmpty('}')) {
            return map;
        }
        do {
            if (skipWhitespace() != '"') {
                throw error(pos, "expected a string key but found " + found());
            }
            int keyAt = pos;
            String key = string();
            if (skipWhitespace() != ':') {
                throw error(pos, "expected ':' after the key but found " + found());
            }
            pos++;
            skipWhitespace();
            Object value = value();
            // Python's json keeps the last of duplicates; refusing them keeps us from guessing which was meant.
            if (map.containsKey(key)) {
                throw error(keyAt, "duplicate key \"" + key + "\"");
            }
            map.put(key, value);
        } while (nextOrEnd('}'));
        return map;
    }

    private List<Object> array() throws JsonSyntaxError {
        enter();
        List<Object> list = new ArrayList<>();
        if (closesEmpty(']')) {
            return list;
        }
        do {
            skipWhitespace();
            list.add(value());
        } while (nextOrEnd(']'));
        return list;
    }

    private void enter() throws JsonSyntaxError {
        // Deep nesting would overflow the stack: refuse it with a message instead.
        if (++depth > MAX_DEPTH) {
            throw error(pos, "nested more than " + MAX_DEPTH + " levels deep");
        }
        pos++;
    }

    private boolean closesEmpty(char close) {
        if (skipWhitespace() != close) {
            return false;
        }
        pos++;
        depth--;
        return true;
    }

    /** After a member: true on ',' (another follows), false on the closing bracket. */
    private boolean nextOrEnd(char close) throws JsonSyntaxError {
        char c = skipWhitespace();
        if (c == ',' || c == close) {
            pos++;
            depth -= c == close ? 1 : 0;
            return c == ',';
        }
        throw error(pos, "expected ',' or '" + close + "' but found " + found());
    }

    private String string() throws JsonSyntaxError {
        int start = pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= s.length()) {
                throw error(start, "unterminated string");
            }
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            } else if (c == '\\') {
                escape(out);
            } else if (c < 0x20) {
                throw error(pos - 1, String.format("control character U+%04X in a string must be escaped", (int) c));
            } else {
                out.append(c);
            }
        }
    }

    private void escape(StringBuilder out) throws JsonSyntaxError {
        int at = pos - 1;
        char c = pos < s.length() ? s.charAt(pos++) : 0;
        int simple = "\"\\/bfnrt".indexOf(c);
        if (simple >= 0) {
            out.append("\"\\/\b\f\n\r\t".charAt(simple));
        } else if (c == 'u') {
            unicodeEscape(out, at);
        } else {
            throw error(at, "invalid escape in a string");
        }
    }

    private void unicodeEscape(StringBuilder out, int at) throws JsonSyntaxError {
        char unit = hex4(at);
        if (Character.isHighSurrogate(unit) && s.startsWith("\\u", pos)) {
            pos += 2;
            char low = hex4(at);
            if (Character.isLowSurrogate(low)) {
                out.append(unit).append(low);
                return;
            }
        }
        // A lone surrogate is not a character: it would break every later stage that writes the text out.
        if (Character.isSurrogate(unit)) {
            throw error(at, "unpaired surrogate in a \\u escape");
        }
        out.append(unit);
    }

    private char hex4(int at) throws JsonSyntaxError {
        String digits = s.substring(pos, Math.min(pos + 4, s.length()));
        if (!HEX4.matcher(digits).matches()) {
            throw error(at, "\\u escape needs four hex digits");
        }
        pos += 4;
        return (char) Integer.parseInt(digits, 16);
    }

    private Double number() throws JsonSyntaxError {
        // A double is enough: articles carry no numbers that are read, only checked to be well formed.
        Matcher m = NUMBER.matcher(s).region(pos, s.length());
        // "01", "1." and "1e" stop matching early; what follows would look like a separate token.
        if (!m.lookingAt() || m.end() < s.length() && "0123456789.eE".indexOf(s.charAt(m.end())) >= 0) {
            throw error(pos, "invalid number");
        }
        pos = m.end();
        return Double.valueOf(m.group());
    }

    private Object literal(String word, Object value) throws JsonSyntaxError {
        if (!s.startsWith(word, pos)) {
            throw error(pos, "expected a value but found " + found());
        }
        pos += word.length();
        return value;
    }

    /** Skips JSON whitespace and returns the next character, or 0 at the end. */
    private char skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return c;
            }
            pos++;
        }
        return 0;
    }

    private String found() {
        if (pos >= s.length()) {
            return "the end of the text";
        }
        int c = s.codePointAt(pos);
        return c < 0x20 || c == 0x7F ? String.format("U+%04X", c) : "'" + Character.toString(c) + "'";
    }

    private JsonSyntaxError error(int at, String reason) {
        return JsonSyntaxError.at(s, at, reason);
    }
}
