package org.claimgraph.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.service.single.ChainingServiceExecutor;
import org.apache.jena.sparql.util.Context;
import org.claimgraph.ClaimgraphException;

/**
 * The SPARQL endpoints a query may call with {@code SERVICE}; every other one is refused before any request leaves
 * the server, so the endpoint cannot be used to reach hosts on the internal network or to relay traffic.
 */
public final class ServiceAllowlist {

    /** The Wikidata query service, the only remote endpoint allowed unless configured otherwise. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    private final Set<String> urls;

    private ServiceAllowlist(Collection<String> urls) {
        this.urls = Set.copyOf(new LinkedHashSet<>(urls));
    }

    /** The default allowlist: the Wikidata query service only. */
    public static ServiceAllowlist wikidataOnly() {
        return of(List.of(WIKIDATA));
    }

    /** An allowlist of exactly these endpoint URLs (compared as written, character for character). */
    public static ServiceAllowlist of(Collection<String> urls) {
        List<String> cleaned = new ArrayList<>();
        for (String url : urls) {
            String u = url.strip();
            if (!u.matches("(?i)https?://\\S+")) {
                throw new ClaimgraphException.UsageError("Not an http(s) URL for the SERVICE allowlist: '" + url + "'");
            }
            cleaned.add(u);
        }
        return new ServiceAllowlist(cleaned);
    }

    /** Reads an allowlist file: one endpoint URL per line; blank lines and lines starting with # are skipped. */
    public static ServiceAllowlist read(Path file) {
        try {
            List<String> urls = Files.readAllLines(file).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return of(urls);
        } catch (IOException e) {
            throw new ClaimgraphException.UsageError("Cannot read the SERVICE allowlist " + file + ": " + e.getMessage());
        }
    }

    /** The URLs allowed, in no particular order. */
    public Set<String> urls() {
        return urls;
    }

    /** Whether a query may call this endpoint. */
    public boolean allows(String url) {
        return urls.contains(url);
    }

    /** The message a client sees when its query names an endpoint that is not allowed. */
    public String refusal(String service) {
        return "SERVICE <" + service + "> is not allowed by this server; allowed: "
                + (urls.isEmpty() ? "none" : String.join(", ", urls.stream().sorted().toList()));
    }

    /**
     * The refusal for the first {@code SERVICE} with a fixed IRI that is not allowed, if any. A {@code SERVICE ?var}
     * is left to {@link #install}, which checks the IRI it takes at run time.
     */
    public Optional<String> refusalFor(Query query) {
        List<String> refused = new ArrayList<>();
        collectRefused(query, refused);
        return refused.stream().findFirst().map(this::refusal);
    }

    private void collectRefused(Query query, List<String> refused) {
        if (query.getQueryPattern() == null) {
            return;
        }
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                Node service = el.getServiceNode();
                if (service.isURI() && !allows(service.getURI())) {
                    refused.add(service.getURI());
                }
            }

            @Override
            public void visit(ElementSubQuery el) {
                // The walker does not enter subqueries itself.
                collectRefused(el.getQuery(), refused);
            }
        });
    }

    /**
     * Makes every query and update run with {@code context} check each {@code SERVICE} call against this list just
     * before it is made, and fail with {@link #refusal} instead of making a request that is not allowed.
     */
    public void install(Context context) {
        install(context, QueryExecException::new);
    }

    /** As {@link #install(Context)}, failing with the exception {@code refuse} makes of the refusal message. */
    public void install(Context context, Function<String, RuntimeException> refuse) {
        ChainingServiceExecutor guard = (opExecute, opOriginal, binding, execCxt, chain) -> {
            Node service = opExecute.getService();
            if (!service.isURI() || !allows(service.getURI())) {
                throw refuse.apply(refusal(service.isURI() ? service.getURI() : service.toString()));
            }
            return chain.createExecution(opExecute, opOriginal, binding, execCxt);
        };
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink(guard);
        ServiceExecutorRegistry.set(context, registry);
    }

    @Override
    public String toString() {
        return "ServiceAllowlist" + urls.stream().sorted().toList();
    }
}
