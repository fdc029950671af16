package org.imr.testsupport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken by hand over a socket to a service on this machine, so that a request can be anything a client can
 * send: a request-target no URI class accepts, headers of any size, a body that is not what its headers say. One
 * request per connection ({@code Connection: close}).
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    /** What came back: the status, the headers (names in lower case), the body as UTF-8. */
    record Answer(int status, Map<String, List<String>> headers, String body) {

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.getFirst();
        }
    }

    /**
     * Sends the request and reads the answer. A body past {@link #CONTINUE_PAST} bytes waits for {@code 100 Continue}
     * (as curl does), so that a service that refuses it on its declared length answers before it is sent.
     */
    static Answer send(int port, HostileRequest request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            boolean waitToContinue = request.body() != null && request.body().length > CONTINUE_PAST;
            out.write(head(request, port, waitToContinue));
            out.flush();
            if (request.body() != null) {
                if (waitToContinue) {
                    Answer interim = read(in);
                    if (interim.status() != 100) {
                        return interim;
                    }
                }
                try {
                    out.write(request.body());
                    out.flush();
                } catch (IOException refusedWhileSending) {
                    // the service may answer and close before the whole body is sent: read what it answered
                }
            }
            return read(in);
        }
    }

    private static final int CONTINUE_PAST = 1024 * 1024;

    private static byte[] head(HostileRequest request, int port, boolean waitToContinue) {
        StringBuilder head = new StringBuilder();
        head.append(request.method()).append(' ').append(request.target()).append(" HTTP/1.1\r\n");
        head.append("Host: 127.0.0.1:").append(port).append("\r\n");
        head.append("Connection: close\r\n");
        if (waitToContinue) {
            head.append("Expect: 100-continue\r\n");
        }
        request.headers().forEach(header -> head.append(header).append("\r\n"));
        if (request.body() != null && request.headers().stream()
                .noneMatch(header -> header.toLowerCase(Locale.ROOT).startsWith("content-length:")
                        || header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:"))) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Answer read(InputStream in) throws IOException {
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/1.")) {
            throw new IOException("No HTTP answer");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        String header;
        while ((header = line(in)) != null && !header.isEmpty()) {
            int colon = header.indexOf(':');
            headers.computeIfAbsent(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.substring(colon + 1).strip());
        }
        if (status == 100) {
            return new Answer(status, headers, "");
        }
        byte[] body;
        String length = headers.containsKey("content-length") ? headers.get("content-length").getFirst() : null;
        if (headers.containsKey("transfer-encoding")
                && headers.get("transfer-encoding").getFirst().equalsIgnoreCase("chunked")) {
            body = chunked(in);
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String size;
        while ((size = line(in)) != null) {
            int length = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (length == 0) {
                break;
            }
            body.write(in.readNBytes(length));
            line(in);
        }
        return body.toByteArray();
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
        }
        return b == -1 && line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }
}
