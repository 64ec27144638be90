package org.talkskg.graph;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Checks that a file's bytes are UTF-8, strictly: Jena's parser and a lenient decoder would put
 * U+FFFD in place of a bad byte and go on, so a file saved as Latin-1 would load with its accents lost.
 */
public final class Utf8Text {

    private Utf8Text() {}

    /**
     * @throws GraphLoadException naming the file, the offset of the first bad byte (counted from 0,
     *                            as {@code xxd -s} and {@code dd skip=} count), its line and the bad bytes
     */
    public static void requireValid(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // Decoded a buffer at a time and thrown away: only the first error matters here.
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                throw new GraphLoadException(file + ": not UTF-8 at byte " + in.position() + " (line "
                        + line(bytes, in.position()) + "): " + hex(bytes, in.position(), result.length())
                        + "; save the file as UTF-8");
            }
            if (result.isUnderflow()) {
                return;
            }
            out.clear();
        }
    }

    private static long line(byte[] bytes, int offset) {
        return IntStream.range(0, offset).filter(i -> bytes[i] == '\n').count() + 1;
    }

    private static String hex(byte[] bytes, int offset, int length) {
        return IntStream.range(offset, offset + length)
                .mapToObj(i -> String.format("0x%02X", bytes[i] & 0xFF))
                .collect(Collectors.joining(" "));
    }
}
