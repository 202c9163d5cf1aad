package org.claimgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.claimgraph.ClaimgraphException;
import org.claimgraph.read.Article;

/**
 * Ingests articles as a client would: {@code POST} of the article's text to the endpoint's ingestion service
 * ({@code /claimgraph/articles}) with HTTP basic authentication.
 */
public final class HttpIngester implements ArticleIngester {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String url;
    private final String authorization;

    /** An ingester posting to {@code url} as {@code user} with {@code password}. */
    public HttpIngester(String url, String user, String password) {
        this.url = url;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the article's text as {@code text/plain}; anything but 200 or 201 is a failure with the answer. */
    @Override
    public void ingest(Article article) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", authorization)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(article.text(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 && response.statusCode() != 201) {
                throw new ClaimgraphException("HTTP " + response.statusCode() + " for " + article.source() + ": "
                        + response.body().strip());
            }
        } catch (IOException e) {
            throw new ClaimgraphException("Cannot post " + article.source() + " to " + url + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClaimgraphException("Interrupted while posting " + article.source(), e);
        }
    }

    @Override
    public String describe() {
        return "over HTTP (POST " + url + ")";
    }
}
