package org.imr.notification.issue;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Where a letter can be fetched over HTTP: the configured public base URL, else this service's own address. */
@Component
public class LetterLinks implements ApplicationListener<WebServerInitializedEvent> {

    private final String configuredBaseUrl;
    private volatile String ownBaseUrl = "";

    public LetterLinks(LetterProperties properties) {
        this.configuredBaseUrl = properties.publicBaseUrl();
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        ownBaseUrl = "http://127.0.0.1:" + event.getWebServer().getPort();
    }

    /** One version of the case's letter, as plain text. */
    public String letterUri(ArchivedLetter letter) {
        return baseUrl() + "/letters/" + letter.caseNumber() + "/versions/" + letter.version();
    }

    /** One version of the case's letter, as PDF. */
    public String letterPdfUri(ArchivedLetter letter) {
        return letterUri(letter) + ".pdf";
    }

    private String baseUrl() {
        return configuredBaseUrl == null || configuredBaseUrl.isBlank() ? ownBaseUrl : configuredBaseUrl;
    }
}
