package org.claimgraph.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import org.claimgraph.ClaimgraphException.BadInput;
import org.claimgraph.ClaimgraphException.NotConforming;
import org.claimgraph.convert.ConvertedArticle;
import org.claimgraph.convert.Converter;
import org.claimgraph.read.Article;
import org.claimgraph.read.ArticleReader;
import org.claimgraph.store.ClaimStore;
import org.claimgraph.validate.ShapeValidator;

/**
 * Stores one article sent as bytes, all or nothing: reads it (plain text with the optional header, or news-please
 * JSON), converts and validates it in memory, then stores and links it in one write transaction
 * ({@link ClaimStore#replaceArticle}). Any failure before that transaction commits leaves the store as it was.
 */
public final class ArticleIngestion {

    /** Where the body came from, for messages. */
    static final String SOURCE = "request body";

    private final ClaimStore store;
    private final Supplier<Converter> converter;
    private final Optional<ShapeValidator> extraShapes;
    private final ArticleReader reader = new ArticleReader();

    /**
     * An ingestion into {@code store} with a converter made on first use (loading CoreNLP takes tens of seconds,
     * which a read-only server never needs), checking only the claimgraph shapes, as the converter does.
     */
    public ArticleIngestion(ClaimStore store) {
        this(store, new Lazy<>(Converter::new), Optional.empty());
    }

    /** An ingestion with the given converter that also requires every article graph to conform to {@code extraShapes}. */
    public ArticleIngestion(ClaimStore store, Supplier<Converter> converter, Optional<ShapeValidator> extraShapes) {
        this.store = store;
        this.converter = converter;
        this.extraShapes = extraShapes;
    }

    /**
     * Reads, converts, validates, stores and links one article.
     *
     * @param body        the article's bytes
     * @param contentType the request's media type, or null: JSON types mean news-please JSON, text types plain
     *                    text, anything else is decided by whether the body starts with '{'
     * @throws BadInput     if the body is not an article
     * @throws NotConforming if its graph breaks the shapes; nothing is stored
     */
    public Result ingest(byte[] body, String contentType) {
        Article article = reader.readOne(SOURCE, body, isJson(contentType, body));
        ConvertedArticle converted = converter.get().convert(article);
        extraShapes.ifPresent(v -> v.requireConforms(converted.graph().getGraph(), SOURCE + " (" + converted.graphIri() + ")"));
        boolean replacing = store.graphNames().contains(converted.graphIri());
        store.replaceArticle(converted.graphIri(), converted.graph().getGraph());
        return new Result(converted.graphIri(), converted.statements(), converted.actors(), converted.claims(),
                !replacing);
    }

    static boolean isJson(String contentType, byte[] body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json") || type.contains("+json")) {
            return true;
        }
        if (type.startsWith("text/")) {
            return false;
        }
        String start = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return start.stripLeading().startsWith("{");
    }

    /**
     * What was stored.
     *
     * @param graph      the article's IRI, the name of its graph
     * @param statements how many statements it holds
     * @param actors     how many distinct speakers
     * @param claims     how many distinct claims
     * @param created    false if it replaced an earlier version of the same article
     */
    public record Result(String graph, int statements, int actors, int claims, boolean created) {

        /** The result as a small JSON object. */
        public String toJson() {
            return "{\"graph\": \"" + graph.replace("\\", "\\\\").replace("\"", "\\\"") + "\", \"statements\": "
                    + statements + ", \"actors\": " + actors + ", \"claims\": " + claims + ", \"created\": "
                    + created + "}\n";
        }
    }

    /** A value made on first request and then kept; requests arriving meanwhile wait for it. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> maker;
        private T value;

        Lazy(Supplier<T> maker) {
            this.maker = maker;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = maker.get();
            }
            return value;
        }
    }
}
