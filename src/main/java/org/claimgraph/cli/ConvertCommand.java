package org.claimgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.convert.BatchConverter;
import org.claimgraph.convert.BatchReport;
import org.claimgraph.link.ConversionLinks;
import org.claimgraph.link.Linker;
import org.claimgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimgraph convert}: articles in, validated RDF out, one named graph per article. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Converts articles to RDF: one validated named graph per article, and a graph of links.",
                "Each article's graph is validated against the shapes; the links graph joins the same claim or person",
                "across the articles by owl:sameAs.",
                "Inputs: plain text (optional ' date YYYY-MM-DD' header), news-please JSON, JSON Lines, "
                        + "or directories of them.",
                "Example: claimgraph convert seeds/ -o seed.trig"})
final class ConvertCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or directories.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--format", defaultValue = "trig", paramLabel = "FORMAT",
            description = "trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format;

    @Mixin
    GazetteerOptions gazetteers;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: every core).")
    Integer threads;

    @Override
    public Integer call() throws IOException {
        GraphOutput.Format fmt = GraphOutput.Format.parse(format);
        try (OutputStream out = output == null ? StdOut.unclosable() : Files.newOutputStream(output);
             GraphOutput sink = new GraphOutput(out, fmt)) {
            BatchConverter batch = new BatchConverter(gazetteers.converter(), Threads.orDefault(threads));
            ConversionLinks links = new ConversionLinks(new Linker());
            BatchReport report = batch.run(inputs, a -> {
                sink.write(a);
                links.add(a.graphIri(), a.graph().getGraph());
            });
            Graph found = links.links();
            if (!found.isEmpty()) {
                sink.write(Iris.linksGraph(), found);
            }
            Reports.print(report);
            return ExitCodes.of(report);
        } catch (IOException e) {
            throw new ClaimgraphException("cannot write " + (output == null ? "output" : output) + ": "
                    + e.getMessage(), e);
        }
    }
}
