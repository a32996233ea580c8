package dev.handbook.source;

import dev.handbook.diagnostics.Diagnostics;
import dev.handbook.diagnostics.SourcePosition;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads content and configuration files as UTF-8 text. A file that cannot be read, or is not UTF-8, is a diagnostic at
 * its path (at the first bad byte for encoding problems), never an exception.
 */
public final class TextFiles {

    private TextFiles() {}

    /** The text of {@code file} with CRLF line ends turned into LF, or empty after reporting why it cannot be had. */
    public static Optional<String> read(Path file, String displayPath, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            diagnostics.error("source.read", SourcePosition.file(displayPath), "Cannot read the file: " + IoProblems.describe(e) + ".",
                    IoProblems.hint(e));
            return Optional.empty();
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            diagnostics.error("source.encoding", position(bytes, bad, displayPath),
                    String.format("The file is not valid UTF-8: byte 0x%02X here cannot be read as text.", bytes[bad] & 0xFF),
                    "Save the file as UTF-8 (most editors offer it under \"Save with encoding\").");
            return Optional.empty();
        }
        decoder.flush(out);
        return Optional.of(out.flip().toString().replace("\r\n", "\n"));
    }

    /** Line and column (in characters) of the byte at {@code offset}; everything before it is valid UTF-8. */
    private static SourcePosition position(byte[] bytes, int offset, String displayPath) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        return SourcePosition.of(displayPath, line, before.codePointCount(0, before.length()) + 1);
    }
}
