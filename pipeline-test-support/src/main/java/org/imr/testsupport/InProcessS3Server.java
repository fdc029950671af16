package org.imr.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A minimal S3-compatible endpoint for tests, in memory, on the JDK's HTTP server: path-style URLs, bucket HEAD and PUT,
 * object PUT (conditional with {@code If-None-Match: *}: 412 when the key is taken), GET and HEAD, and ListObjectsV2
 * with a prefix and the delimiter {@code /} (one page), nothing else (no signature check). As S3 does, a PUT whose body
 * does not match its {@code x-amz-checksum-sha256} or {@code Content-MD5} is refused with {@code 400 BadDigest} and
 * nothing is kept.
 * s3proxy would be the real thing, but it needs Jetty 11 where Spring Boot 4.1 manages Jetty 12.
 */
public final class InProcessS3Server implements AutoCloseable {

    public record StoredObject(byte[] content, String contentType) {
    }

    private final HttpServer server;
    private final Set<String> buckets = ConcurrentHashMap.newKeySet();
    private final Map<String, StoredObject> objects = new ConcurrentHashMap<>();
    private final AtomicInteger puts = new AtomicInteger();
    private final Map<String, String> lastPutChecksums = new ConcurrentHashMap<>();

    public InProcessS3Server() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Map<String, StoredObject> objects() {
        return objects;
    }

    public int objectPuts() {
        return puts.get();
    }

    /** The checksum headers of the last object PUT (stored or refused): x-amz-checksum-sha256, Content-MD5. */
    public Map<String, String> lastPutChecksums() {
        return Map.copyOf(lastPutChecksums);
    }

    public boolean hasBucket(String bucket) {
        return buckets.contains(bucket);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            String[] path = exchange.getRequestURI().getPath().substring(1).split("/", 2);
            String bucket = path[0];
            String method = exchange.getRequestMethod();
            if (path.length == 1 || path[1].isEmpty()) {
                handleBucket(exchange, method, bucket);
            } else if (!buckets.contains(bucket)) {
                error(exchange, 404, "NoSuchBucket", method);
            } else {
                handleObject(exchange, method, bucket + "/" + path[1], body.readAllBytes());
            }
        }
    }

    private void handleBucket(HttpExchange exchange, String method, String bucket) throws IOException {
        switch (method) {
            case "HEAD" -> exchange.sendResponseHeaders(buckets.contains(bucket) ? 200 : 404, -1);
            case "GET" -> list(exchange, bucket);
            case "PUT" -> {
                buckets.add(bucket);
                exchange.sendResponseHeaders(200, -1);
            }
            default -> error(exchange, 405, "MethodNotAllowed", method);
        }
    }

    private void handleObject(HttpExchange exchange, String method, String key, byte[] body) throws IOException {
        StoredObject object = objects.get(key);
        switch (method) {
            case "PUT" -> put(exchange, key, body);
            case "HEAD", "GET" -> {
                if (object == null) {
                    error(exchange, 404, "NoSuchKey", method);
                    return;
                }
                exchange.getResponseHeaders().add("Content-Type", object.contentType());
                exchange.getResponseHeaders().add("ETag", '"' + hex("MD5", object.content()) + '"');
                if (method.equals("HEAD")) {
                    exchange.getResponseHeaders().add("Content-Length", String.valueOf(object.content().length));
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    exchange.sendResponseHeaders(200, object.content().length);
                    exchange.getResponseBody().write(object.content());
                }
            }
            default -> error(exchange, 405, "MethodNotAllowed", method);
        }
    }

    private void put(HttpExchange exchange, String key, byte[] body) throws IOException {
        String sha256 = exchange.getRequestHeaders().getFirst("x-amz-checksum-sha256");
        String md5 = exchange.getRequestHeaders().getFirst("Content-MD5");
        lastPutChecksums.clear();
        if (sha256 != null) {
            lastPutChecksums.put("x-amz-checksum-sha256", sha256);
        }
        if (md5 != null) {
            lastPutChecksums.put("Content-MD5", md5);
        }
        if (sha256 != null && !sha256.equals(base64("SHA-256", body))
                || md5 != null && !md5.equals(base64("MD5", body))) {
            error(exchange, 400, "BadDigest", "PUT");
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        StoredObject stored = new StoredObject(body, contentType == null ? "binary/octet-stream" : contentType);
        if ("*".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            if (objects.putIfAbsent(key, stored) != null) {
                error(exchange, 412, "PreconditionFailed", "PUT");
                return;
            }
        } else {
            objects.put(key, stored);
        }
        puts.incrementAndGet();
        exchange.getResponseHeaders().add("ETag", '"' + hex("MD5", body) + '"');
        exchange.sendResponseHeaders(200, -1);
    }

    /** ListObjectsV2 of the keys under {@code prefix} up to the next {@code /} (the delimiter), in one page. */
    private void list(HttpExchange exchange, String bucket) throws IOException {
        if (!buckets.contains(bucket)) {
            error(exchange, 404, "NoSuchBucket", "GET");
            return;
        }
        Map<String, String> query = new HashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        String prefix = bucket + "/" + query.getOrDefault("prefix", "");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult><Name>")
                .append(bucket).append("</Name><IsTruncated>false</IsTruncated>");
        objects.keySet().stream().filter(key -> key.startsWith(prefix))
                .filter(key -> !key.substring(prefix.length()).contains("/")).sorted()
                .forEach(key -> xml.append("<Contents><Key>").append(key.substring(bucket.length() + 1))
                        .append("</Key><Size>").append(objects.get(key).content().length).append("</Size></Contents>"));
        byte[] body = xml.append("</ListBucketResult>").toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void error(HttpExchange exchange, int status, String code, String method) throws IOException {
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + code
                + "</Message></Error>").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        exchange.sendResponseHeaders(status, xml.length);
        exchange.getResponseBody().write(xml);
    }

    private static String base64(String algorithm, byte[] content) {
        return Base64.getEncoder().encodeToString(digest(algorithm, content));
    }

    private static String hex(String algorithm, byte[] content) {
        return HexFormat.of().formatHex(digest(algorithm, content));
    }

    private static byte[] digest(String algorithm, byte[] content) {
        try {
            return MessageDigest.getInstance(algorithm).digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is missing from this JVM", e);
        }
    }
}
