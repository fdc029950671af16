package org.imr.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A self-signed TLS identity for a broker on 127.0.0.1, made with the JDK's keytool: the broker's key store
 * (PKCS12, the certificate valid for 127.0.0.1 and localhost) and a trust store holding its certificate, for the
 * clients. For tests and the local run; a deployment brings its own certificates.
 */
public record BrokerTls(Path keyStore, Path trustStore, String password) {

    public static BrokerTls generate(Path directory) {
        String password = UUID.randomUUID().toString();
        Path keyStore = directory.resolve("broker.p12");
        Path certificate = directory.resolve("broker.pem");
        Path trustStore = directory.resolve("truststore.p12");
        try {
            Files.createDirectories(directory);
            keytool("-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "3650",
                    "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1,DNS:localhost",
                    "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass", password);
            keytool("-exportcert", "-rfc", "-alias", "broker", "-keystore", keyStore.toString(), "-storepass", password,
                    "-file", certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
                    "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the broker's TLS identity in " + directory, e);
        }
        return new BrokerTls(keyStore, trustStore, password);
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running keytool", e);
        }
    }
}
