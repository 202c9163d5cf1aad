package org.claimgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimgraph.ClaimgraphException;
import org.claimgraph.convert.Converter;
import org.claimgraph.wikidata.Gazetteer;
import picocli.CommandLine.Option;

/** The {@code --gazetteer FILE|DIR} option of the commands that convert: the user's own Wikidata gazetteers. */
final class GazetteerOptions {

    @Option(names = "--gazetteer", paramLabel = "FILE|DIR",
            description = {"More Wikidata gazetteer entries (label, aliases, Wikidata IRI, type; tab-separated, as in",
                    "lexicon/wikidata-gazetteer.tsv), beside the shipped ones; a directory adds its *.tsv files.",
                    "Repeatable."})
    List<Path> files = new ArrayList<>();

    /** A converter with the shipped gazetteer and the user's files. */
    Converter converter() {
        for (Path f : files) {
            if (!Files.exists(f)) {
                throw new ClaimgraphException.UsageError(f + ": no such gazetteer file or directory");
            }
        }
        return files.isEmpty() ? new Converter() : new Converter(Gazetteer.withFiles(files));
    }
}
