package org.claimgraph.cli;

import java.io.OutputStream;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.convert.ConvertedArticle;
import org.claimgraph.rdf.Prefixes;

/** Writes converted articles as named graphs: streamed for TriG and N-Quads, gathered for JSON-LD. */
final class GraphOutput implements AutoCloseable {

    /** The output syntaxes. */
    enum Format {
        TRIG, NQ, JSONLD;

        static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new ClaimgraphException.UsageError("unknown format '" + name + "': use trig, nq or jsonld");
            }
        }
    }

    private final OutputStream out;
    private final Format format;
    private final StreamRDF stream;
    private final DatasetGraph gathered;

    GraphOutput(OutputStream out, Format format) {
        this.out = out;
        this.format = format;
        this.gathered = format == Format.JSONLD ? DatasetGraphFactory.createTxnMem() : null;
        this.stream = switch (format) {
            case TRIG -> StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
            case NQ -> StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            case JSONLD -> null;
        };
        if (stream != null) {
            stream.start();
            Prefixes.standard().getNsPrefixMap().forEach(stream::prefix);
        }
    }

    /** Writes one article's graph under its name. */
    synchronized void write(ConvertedArticle a) {
        write(a.graphIri(), a.graph().getGraph());
    }

    /** Writes a graph under a name, such as the links graph. */
    synchronized void write(String graphIri, org.apache.jena.graph.Graph graph) {
        org.apache.jena.graph.Node name = org.apache.jena.graph.NodeFactory.createURI(graphIri);
        if (stream != null) {
            graph.find().forEachRemaining(t -> stream.quad(Quad.create(name, t)));
        } else {
            gathered.addGraph(name, graph);
        }
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.finish();
        } else {
            Dataset ds = DatasetFactory.wrap(gathered);
            ds.getPrefixMapping().setNsPrefixes(Prefixes.standard());
            RDFDataMgr.write(out, ds, RDFFormat.JSONLD11);
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new ClaimgraphException("cannot write output: " + e.getMessage(), e);
        }
    }
}
