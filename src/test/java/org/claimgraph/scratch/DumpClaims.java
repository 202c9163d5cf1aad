package org.claimgraph.scratch;

import java.nio.file.Path;
import org.claimgraph.convert.Converter;
import org.claimgraph.read.ArticleReader;

public class DumpClaims {
    public static void main(String[] args) {
        var c = new Converter();
        for (String f : args) {
            var g = c.convert(new ArticleReader().read(Path.of(f)).get(0)).graph();
            var q = org.apache.jena.query.QueryFactory.create(String.join("\n",
                "PREFIX cg: <https://w3id.org/claimgraph/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
                "SELECT ?c (SAMPLE(SUBSTR(?cl,1,50)) AS ?claim) (GROUP_CONCAT(CONCAT(?sp,'/',STRAFTER(STR(?stance),'#'),'/',SUBSTR(?ct,1,40)); separator='  ;  ') AS ?who)",
                "WHERE { ?s cg:speaker/rdfs:label ?sp ; cg:stance ?stance ; cg:claim ?c ; cg:contentText ?ct . ?c rdfs:label ?cl } GROUP BY ?c ORDER BY ?c"));
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, g)) {
                qe.execSelect().forEachRemaining(r -> System.out.println(r.get("claim") + "\n     " + r.get("who")));
            }
        }
    }
}
