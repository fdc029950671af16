package org.imr.testsupport.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of a hostile-input matrix: what is sent (method, request-target as written on the wire, headers, body) and
 * what it must get: the status, and the field or limit the problem details must name ({@code names}). The request
 * carries {@link #MARKER} wherever it puts a value of its own, and the answer must never repeat it.
 * Rows for authentication and roles are rows like any other: a header more ({@link #authorization}, or none) and
 * the status expected (401, 403).
 */
public record HostileRequest(String kind, String method, String target, List<String> headers, byte[] body,
        int expectedStatus, String names) {

    /** A value no answer may repeat: a stand-in for a worker's name or any other PHI a client sends. */
    public static final String MARKER = "PHI-MARKER-7F3A";

    public static HostileRequest of(String kind, String method, String target) {
        return new HostileRequest(kind, method, target, List.of(), null, 0, null);
    }

    public HostileRequest header(String header) {
        List<String> more = new ArrayList<>(headers);
        more.add(header);
        return new HostileRequest(kind, method, target, List.copyOf(more), body, expectedStatus, names);
    }

    /** The caller's credentials: {@code Authorization: <value>} (e.g. {@code Bearer …} of {@code TestTokens}). */
    public HostileRequest authorization(String value) {
        return header("Authorization: " + value);
    }

    /** A JSON body ({@code Content-Type: application/json}). */
    public HostileRequest json(String json) {
        return header("Content-Type: application/json").body(json.getBytes(StandardCharsets.UTF_8));
    }

    public HostileRequest body(byte[] bytes) {
        return new HostileRequest(kind, method, target, headers, bytes, expectedStatus, names);
    }

    public HostileRequest body(String text) {
        return body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The answer expected: this status, with problem details naming this field or limit (null: none in particular). */
    public HostileRequest expect(int status, String names) {
        return new HostileRequest(kind, method, target, headers, body, status, names);
    }

    @Override
    public String toString() {
        return kind;
    }
}
