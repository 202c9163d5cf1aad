package org.claimgraph.wikidata;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.OWL;
import org.claimgraph.rdf.CG;

/**
 * The online link step: reconciles the named persons and organisations that have no Wikidata link against a SPARQL
 * endpoint with Wikidata-shaped data, through a disk cache. A link is written as {@code owl:sameAs} on the actor
 * in each article graph that holds it. When the endpoint cannot be reached it stops asking, says why once in the
 * report, and leaves the remaining actors unlinked; answers already cached still link.
 */
public final class EndpointLinker {

    /** The public Wikidata query service. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";
    /** How long one question may take to connect and to be answered, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final EndpointCandidates endpoint;
    private final LinkCache cache;

    /** A linker asking {@code endpoint} with the given timeout, keeping answers in {@code cacheFile}. */
    public EndpointLinker(String endpoint, Duration timeout, Path cacheFile) {
        this.endpoint = new EndpointCandidates(endpoint, timeout);
        this.cache = LinkCache.open(cacheFile);
    }

    /** Links what it can; the caller holds a write transaction on the dataset. */
    public LinkReport link(DatasetGraph dsg) {
        List<UnlinkedActor> actors = UnlinkedActors.in(dsg);
        int linked = 0;
        int asked = 0;
        int cached = 0;
        String unreachable = null;
        for (UnlinkedActor actor : actors) {
            if (actor.label().isBlank()) {
                continue;
            }
            String type = CG.Person.equals(actor.type()) ? "Person" : "Organization";
            Optional<List<Candidate>> known = cache.get(endpoint.endpoint(), type, actor.label());
            List<Candidate> candidates;
            if (known.isPresent()) {
                candidates = known.get();
                cached++;
            } else if (unreachable != null) {
                continue;
            } else {
                try {
                    asked++;
                    candidates = endpoint.find(actor.type(), actor.label());
                    cache.put(endpoint.endpoint(), type, actor.label(), candidates);
                } catch (EndpointUnreachable e) {
                    // One failure is enough to know: asking again for every actor would only repeat the wait.
                    unreachable = e.getMessage();
                    continue;
                }
            }
            Optional<Candidate> chosen = RoleMatch.choose(candidates, actor.roles());
            if (chosen.isPresent()) {
                write(dsg, actor, chosen.get().item());
                linked++;
            }
        }
        return new LinkReport(actors.size(), linked, asked, cached, Optional.ofNullable(unreachable));
    }

    private static void write(DatasetGraph dsg, UnlinkedActor actor, String item) {
        Node entity = NodeFactory.createURI(item);
        for (Node g : actor.graphs()) {
            dsg.add(g, actor.iri(), OWL.sameAs.asNode(), entity);
        }
    }
}
