package org.imr.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A JSON body that declares a length past {@code imr.web.max-json-bytes} is refused (413 problem details naming the
 * limit) before a byte of it is read, so that a client that waits for {@code 100 Continue} sends nothing. A body of
 * no declared length is cut at the same limit by the JSON reader itself.
 */
class JsonBodyLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;

    JsonBodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes && isJson(request.getContentType())) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("Connection", "close");
            response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                    + "\"detail\":\"The JSON document is longer than the largest accepted (" + maxBytes + " bytes)\","
                    + "\"maxBytes\":" + maxBytes + "}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        } catch (RuntimeException unparsable) {
            return false;
        }
    }
}
