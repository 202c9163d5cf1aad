package org.claimgraph.wikidata;

/** The SPARQL endpoint did not answer: refused, unknown host, timed out, or an HTTP error. */
final class EndpointUnreachable extends Exception {

    EndpointUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}
