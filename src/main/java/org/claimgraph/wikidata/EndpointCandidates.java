package org.claimgraph.wikidata;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.Version;
import org.claimgraph.rdf.CG;

/** Asks a SPARQL endpoint with Wikidata-shaped data for the items an actor's label may name ({@code candidates.rq}). */
final class EndpointCandidates {

    private static final String QUERY = "/org/claimgraph/wikidata/candidates.rq";

    private final String endpoint;
    private final Duration timeout;
    private final HttpClient http;
    private final String template = template();

    /** Candidates from {@code endpoint}, each request given at most {@code timeout} to connect and to answer. */
    EndpointCandidates(String endpoint, Duration timeout) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The endpoint's URL. */
    String endpoint() {
        return endpoint;
    }

    /** The items labelled {@code label} (or with it as an alias) of the class for the actor type. */
    List<Candidate> find(Resource actorType, String label) throws EndpointUnreachable {
        Query query = query(actorType, label);
        // Wikimedia asks clients to name themselves in the User-Agent.
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).httpClient(http)
                .httpHeader("User-Agent", "claimgraph/" + Version.version() + " (actor linking)")
                .query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return candidates(qe.execSelect());
        } catch (RuntimeException e) {
            throw new EndpointUnreachable(describe(e), e);
        }
    }

    /** The candidate query with the label and class bound as RDF terms, never spliced in as text. */
    Query query(Resource actorType, String label) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(template);
        pss.setLiteral("name", ResourceFactory.createLangLiteral(label, "en"));
        pss.setIri("class", (CG.Person.equals(actorType) ? WD.human : WD.organization).getURI());
        return pss.asQuery();
    }

    private static List<Candidate> candidates(ResultSet rows) {
        Map<String, Set<String>> positions = new LinkedHashMap<>();
        while (rows.hasNext()) {
            QuerySolution row = rows.next();
            if (!row.contains("item") || !row.get("item").isURIResource()) {
                continue;
            }
            String item = row.getResource("item").getURI();
            if (!WD.isEntity(item)) {
                continue;
            }
            Set<String> held = positions.computeIfAbsent(item, k -> new LinkedHashSet<>());
            if (row.contains("positionLabel") && row.get("positionLabel").isLiteral()) {
                held.add(row.getLiteral("positionLabel").getString());
            }
        }
        List<Candidate> out = new ArrayList<>();
        positions.forEach((item, held) -> out.add(new Candidate(item, Set.copyOf(held))));
        return out;
    }

    /** The innermost cause's message: "Connection refused" says more than the wrappers around it. */
    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private static String template() {
        try (InputStream in = EndpointCandidates.class.getResourceAsStream(QUERY)) {
            if (in == null) {
                throw new ClaimgraphException(QUERY + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ClaimgraphException(QUERY + " cannot be read: " + e.getMessage(), e);
        }
    }
}
