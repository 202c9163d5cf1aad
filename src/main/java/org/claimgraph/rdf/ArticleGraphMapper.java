package org.claimgraph.rdf;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.claimgraph.Version;
import org.claimgraph.date.StatementDate;
import org.claimgraph.extract.Attribution;
import org.claimgraph.extract.CharSpan;
import org.claimgraph.group.Claim;
import org.claimgraph.medium.Medium;
import org.claimgraph.read.Article;
import org.claimgraph.resolve.Actor;
import org.claimgraph.stance.Statement;

/** Writes one article's statements, actors and claims as RDF under the claimgraph ontology. */
public final class ArticleGraphMapper {

    /** Everything the mapper needs about one converted article; {@code dates} holds the statements dated. */
    public record Input(Article article, List<Statement> statements, Map<Statement, Claim> claims,
                        Map<Attribution, Attribution> reporters, Instant started, Map<Statement, StatementDate> dates) {
    }

    /** The article's graph: the article, its provenance, and every statement with its speaker and claim. */
    public Model map(Input in) {
        Model m = ModelFactory.createDefaultModel();
        Prefixes.apply(m);
        Resource article = new ArticleResources(m, in.article()).write(in.started());
        SpanWriter spans = new SpanWriter(m, in.article(), article);
        for (int i = 0; i < in.statements().size(); i++) {
            Statement st = in.statements().get(i);
            Resource node = m.createResource(Iris.statement(in.article(), i + 1));
            writeStatement(m, node, st, in, article, spans);
            Attribution reporter = in.reporters().get(st.attribution());
            if (reporter != null) {
                int at = indexOf(in.statements(), reporter);
                if (at >= 0) {
                    node.addProperty(CG.reportedBy, m.createResource(Iris.statement(in.article(), at + 1)));
                }
            }
        }
        return m;
    }

    private void writeStatement(Model m, Resource node, Statement st, Input in, Resource article, SpanWriter spans) {
        Attribution a = st.attribution();
        Resource speaker = writeActor(m, in.article(), st.speaker());
        Resource claim = writeClaim(m, in.article(), in.claims().get(st));
        Resource stance = Terms.stance(st.reading().stance());
        node.addProperty(RDF.type, CG.Statement)
                .addProperty(CG.speaker, speaker)
                .addProperty(CG.stance, stance)
                .addProperty(CG.claim, claim)
                .addProperty(CG.quoteType, Terms.quoteType(a.kind()))
                .addProperty(CG.cue, a.cue().of(in.article().text()))
                .addProperty(CG.cueLemma, a.cueLemma())
                .addProperty(CG.cueSpan, spans.span(a.cue()))
                .addProperty(CG.reportedIn, article)
                .addLiteral(CG.confidence, m.createTypedLiteral(BigDecimal.valueOf(st.confidence())));
        a.source().ifPresent(src -> node.addProperty(CG.sourceSpan, spans.span(src.span())));
        StatementDate date = in.dates().get(st);
        if (date != null) {
            node.addProperty(CG.date, m.createTypedLiteral(date.value(), Terms.dateType(date.precision())));
        }
        StringBuilder content = new StringBuilder();
        // The statement's part of the attribution's content: all of it, unless it holds several claims.
        for (CharSpan c : st.reading().contentSpans()) {
            node.addProperty(CG.contentSpan, spans.span(c));
            content.append(content.length() > 0 ? " \u2026 " : "").append(c.of(in.article().text()));
        }
        node.addProperty(CG.contentText, content.toString());
        speaker.addProperty(Terms.shortcut(st.reading().stance()), claim);
    }

    private static Resource writeActor(Model m, Article article, Actor actor) {
        Resource r = m.createResource(Iris.actor(article, actor))
                .addProperty(RDF.type, CG.Actor)
                .addProperty(RDF.type, Terms.actorType(actor.type()));
        r.removeAll(RDFS.label).addProperty(RDFS.label, actor.label());
        actor.aliases().forEach(alias -> r.addProperty(CG.alias, alias));
        actor.roles().forEach(role -> r.addProperty(CG.role, role));
        // A country or organisation named in a role: an actor of its own, shared across articles unless it is bare.
        for (String affiliation : actor.affiliations()) {
            Resource body = m.createResource(Iris.affiliation(article, affiliation));
            if (!body.hasProperty(RDFS.label)) {
                body.addProperty(RDF.type, CG.Actor).addProperty(RDF.type, CG.Organization)
                        .addProperty(RDFS.label, affiliation);
            }
            r.addProperty(CG.affiliation, body);
        }
        return r;
    }

    /**
     * Adds where each statement was made: {@code media} holds, for the n-th statement of {@link Input#statements},
     * its medium if the text names one.
     */
    public void writeMedia(Model m, Article article, List<Optional<Medium>> media) {
        for (int i = 0; i < media.size(); i++) {
            int n = i + 1;
            media.get(i).ifPresent(medium -> m.createResource(Iris.statement(article, n))
                    .addProperty(CG.medium, m.createResource(Iris.medium(medium.label()))
                            .addProperty(RDF.type, CG.Medium)
                            .addProperty(RDF.type, Terms.mediumType(medium.type()))
                            .addProperty(RDFS.label, medium.label())));
        }
    }

    private static Resource writeClaim(Model m, Article article, Claim claim) {
        return m.createResource(Iris.claim(article, claim.id()))
                .addProperty(RDF.type, CG.Claim)
                .addProperty(RDF.type, SCHEMA.Claim)
                .addProperty(RDFS.label, claim.label());
    }

    private static int indexOf(List<Statement> statements, Attribution a) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).attribution() == a) {
                return i;
            }
        }
        return -1;
    }

    /** Writes the article node and its provenance. */
    private record ArticleResources(Model m, Article a) {
        Resource write(Instant started) {
            Resource r = m.createResource(Iris.article(a))
                    .addProperty(RDF.type, CG.Article)
                    .addProperty(RDF.type, SCHEMA.NewsArticle)
                    .addProperty(RDF.type, NIF.Context)
                    .addProperty(NIF.isString, a.text());
            a.datePublished().ifPresent(d -> r.addProperty(SCHEMA.datePublished,
                    m.createTypedLiteral(d.toString(), XSDDatatype.XSDdate)));
            a.headline().ifPresent(h -> r.addProperty(SCHEMA.headline, h));
            a.publisher().ifPresent(p -> r.addProperty(SCHEMA.publisher, p));
            a.url().ifPresent(u -> r.addProperty(SCHEMA.url, m.createResource(u)));
            a.authors().forEach(au -> r.addProperty(SCHEMA.author, au));
            Resource tool = m.createResource(Iris.tool(Version.version()))
                    .addProperty(RDF.type, PROV.SoftwareAgent)
                    .addProperty(RDFS.label, Version.name() + " " + Version.version());
            Resource run = m.createResource(Iris.conversion(a))
                    .addProperty(RDF.type, PROV.Activity)
                    .addProperty(RDFS.label, "conversion of " + a.source())
                    .addProperty(PROV.wasAssociatedWith, tool)
                    .addProperty(PROV.startedAtTime, dateTime(m, started))
                    .addProperty(PROV.endedAtTime, dateTime(m, Instant.now()));
            r.addProperty(PROV.wasGeneratedBy, run);
            return r;
        }

        private static org.apache.jena.rdf.model.Literal dateTime(Model m, Instant t) {
            return m.createTypedLiteral(t.toString(), XSDDatatype.XSDdateTime);
        }
    }
}
