package org.claimgraph.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Small HTTP helpers for tests against a running endpoint, with or without basic authentication. */
final class Http {

    private Http() {
    }

    /** A GET with an Accept header. */
    static HttpResponse<String> get(String url, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET());
    }

    /** A SPARQL query by GET, results as CSV. */
    static HttpResponse<String> query(String sparqlUrl, String query) throws IOException, InterruptedException {
        return get(sparqlUrl + "?query=" + encode(query), "text/csv");
    }

    /** A request with a body, an optional content type and optional credentials ("user:password", or null). */
    static HttpResponse<String> send(String method, String url, String body, String contentType, String credentials)
            throws IOException, InterruptedException {
        return send(request(method, url, contentType, credentials,
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** A request whose body is sent without a length (chunked). */
    static HttpResponse<String> sendChunked(String method, String url, byte[] body, String contentType,
                                            String credentials) throws IOException, InterruptedException {
        return send(request(method, url, contentType, credentials,
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** A request whose body is the given bytes. */
    static HttpResponse<String> sendBytes(String method, String url, byte[] body, String contentType,
                                          String credentials) throws IOException, InterruptedException {
        return send(request(method, url, contentType, credentials, HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpRequest.Builder request(String method, String url, String contentType, String credentials,
                                               HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(5))
                .method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (credentials != null) {
            b.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // A fresh client per request: Jetty closes the connection after some refusals, and a pooled connection it
        // closed would fail the next request.
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** URL-encodes a query parameter. */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
