package org.imr.intake.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A bulk file's lines, read from its bytes a buffer at a time: each line is decoded as UTF-8 on its own, strictly (a
 * line that is not UTF-8 is refused, as {@code POST /cases} refuses such a body, and the other lines go on), and no line
 * is held past {@code maxLineBytes} (the rest of a longer line is skipped, and the line refused). Lines end with LF or
 * CRLF; a byte order mark before the first line is dropped.
 */
final class BulkLines {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private int number;
    private boolean ended;

    BulkLines(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** A line: its text, or why it was refused ({@code problem}, the text then null). */
    record Line(int number, String text, String problem) {

        boolean readable() {
            return problem == null;
        }
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        if (ended) {
            return null;
        }
        line.reset();
        boolean tooLong = false;
        while (true) {
            if (position == limit && !fill()) {
                ended = true;
                if (line.size() == 0 && !tooLong) {
                    return null;
                }
                break;
            }
            int end = indexOfLineFeed();
            int stop = end < 0 ? limit : end;
            int length = stop - position;
            if (!tooLong && line.size() + (long) length <= maxLineBytes) {
                line.write(buffer, position, length);
            } else {
                tooLong = true;
            }
            position = end < 0 ? limit : end + 1;
            if (end >= 0) {
                break;
            }
        }
        number++;
        return tooLong ? new Line(number, null, "the line is longer than " + maxLineBytes + " bytes") : decode();
    }

    private Line decode() {
        byte[] bytes = line.toByteArray();
        int from = number == 1 && startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        int to = bytes.length > from && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        try {
            return new Line(number, utf8.reset().decode(ByteBuffer.wrap(bytes, from, to - from)).toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not valid UTF-8");
        }
    }

    private int indexOfLineFeed() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }
}
