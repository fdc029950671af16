package org.imr.intake.benchmark;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.imr.security.Roles;
import org.imr.testsupport.TestTokens;

/**
 * Posts a file to {@code /cases/bulk} over one HTTP/1.1 connection and reads the streamed answer while the file is
 * still being sent (full duplex): the service answers each chunk before it reads the next, so a client that reads only
 * after sending everything would stall once the socket buffers fill. {@code java.net.http.HttpClient} does just that.
 */
final class StreamingBulkClient {

    private StreamingBulkClient() {
    }

    static void post(int port, Path file, Consumer<String> answerLine) throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /cases/bulk HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                    + "Authorization: " + TestTokens.bearer(Roles.INTAKE) + "\r\n"
                    + "Content-Length: " + Files.size(file) + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            Thread sender = Thread.ofPlatform().name("bulk-sender").start(() -> {
                try {
                    Files.copy(file, out);
                    out.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
            String status = readLine(in);
            if (!status.contains(" 200 ")) {
                throw new IOException("The service answered " + status);
            }
            boolean chunked = false;
            for (String header = readLine(in); !header.isEmpty(); header = readLine(in)) {
                chunked |= header.toLowerCase().startsWith("transfer-encoding: chunked");
            }
            InputStream body = chunked ? new ChunkedInputStream(in) : in;
            for (String line = readLine(body); line != null; line = readLine(body)) {
                answerLine.accept(line);
            }
            sender.join();
        }
    }

    /** A line without its end, "" for an empty line, null at the end of the stream. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    /** HTTP/1.1 chunked transfer coding, decoded. */
    private static final class ChunkedInputStream extends InputStream {
        private final InputStream in;
        private long remaining;
        private boolean done;

        ChunkedInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            if (done) {
                return -1;
            }
            if (remaining == 0) {
                String size = readLine(in);
                if (size != null && size.isEmpty()) {
                    size = readLine(in);
                }
                remaining = size == null ? 0 : Long.parseLong(size.split(";")[0].strip(), 16);
                if (remaining == 0) {
                    done = true;
                    return -1;
                }
            }
            remaining--;
            return in.read();
        }
    }
}
