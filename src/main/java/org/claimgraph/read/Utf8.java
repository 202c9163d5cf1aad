package org.claimgraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Decodes input bytes strictly as UTF-8, so a wrong encoding is reported instead of silently replaced. */
final class Utf8 {

    private Utf8() {
    }

    /** Decodes a whole file: drops a UTF-8 byte order mark and rejects binary, UTF-16 and malformed bytes. */
    static String decodeFile(byte[] bytes) throws InputProblem {
        boolean utf16 = bytes.length >= 2
                && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF);
        if (utf16) {
            // Worth naming: Windows tools save "Unicode" text as UTF-16, which would otherwise look binary.
            throw new InputProblem("UTF-16 text (byte order mark); only UTF-8 is read");
        }
        int start = startsWithBom(bytes, 0, bytes.length) ? 3 : 0;
        requireNoNul(bytes, start, bytes.length - start, 0);
        return decode(bytes, start, bytes.length - start, 0);
    }

    /** True when the slice starts with the UTF-8 byte order mark, which is not part of the text. */
    static boolean startsWithBom(byte[] bytes, int off, int len) {
        return len >= 3 && bytes[off] == (byte) 0xEF && bytes[off + 1] == (byte) 0xBB && bytes[off + 2] == (byte) 0xBF;
    }

    /**
     * Rejects a slice holding a NUL byte: valid UTF-8, but never in an article, so the file is binary.
     *
     * @param base file offset of {@code bytes[0]}, so messages give offsets in the file
     */
    static void requireNoNul(byte[] bytes, int off, int len, long base) throws InputProblem {
        for (int i = off; i < off + len; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem("binary file, not text (NUL byte at offset " + (base + i) + ")");
            }
        }
    }

    /**
     * Decodes a slice, naming the first bad byte and its file offset if the slice is not UTF-8.
     *
     * @param base file offset of {@code bytes[0]}, so messages give offsets in the file
     */
    static String decode(byte[] bytes, int off, int len, long base) throws InputProblem {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
        // UTF-8 never yields more UTF-16 units than bytes, so one pass always fits.
        CharBuffer out = CharBuffer.allocate(len);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            // On error the buffer stops at the first byte of the malformed sequence.
            int at = in.position();
            throw new InputProblem(String.format("not valid UTF-8 (byte 0x%02X at offset %d)", bytes[at] & 0xFF, base + at));
        }
        return out.flip().toString();
    }
}
