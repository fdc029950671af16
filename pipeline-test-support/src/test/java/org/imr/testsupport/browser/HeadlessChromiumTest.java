package org.imr.testsupport.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The browser the page tests drive: a page served on 127.0.0.1, a click, the result read back. */
class HeadlessChromiumTest {

    @Test
    void readsAndClicksAPageServedOnLoopback() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = """
                    <html><body><h1 id="title">Workbench</h1>
                    <button id="sign" onclick="document.getElementById('title').textContent='Signed'">Sign</button>
                    </body></html>""".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Workbench");

            browser.findElement(By.id("sign")).click();

            assertThat(browser.findElement(By.id("title")).getText()).isEqualTo("Signed");
        } finally {
            browser.quit();
            server.stop(0);
        }
    }
}
