package org.claimgraph.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.read.Article;

/** Writes text spans as NIF strings, converting CoreNLP's UTF-16 offsets to the code points the contract uses. */
final class SpanWriter {
    private final Model model;
    private final Article article;
    private final Resource context;

    SpanWriter(Model model, Article article, Resource context) {
        this.model = model;
        this.article = article;
        this.context = context;
    }

    /** The NIF string for a span, created once per distinct span. */
    Resource span(CharSpan span) {
        String text = article.text();
        long begin = text.codePointCount(0, span.begin());
        long end = begin + text.codePointCount(span.begin(), span.end());
        Resource r = model.createResource(Iris.span(article, begin, end));
        if (!r.hasProperty(RDF.type)) {
            r.addProperty(RDF.type, NIF.String)
                    .addLiteral(NIF.beginIndex, model.createTypedLiteral(Long.toString(begin),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NIF.endIndex, model.createTypedLiteral(Long.toString(end),
                            XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(NIF.anchorOf, span.of(text))
                    .addProperty(NIF.referenceContext, context);
        }
        return r;
    }
}
