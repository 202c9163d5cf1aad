package org.claimgraph.rdf;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.claimgraph.date.StatementDate;
import org.claimgraph.extract.QuoteKind;
import org.claimgraph.medium.MediumType;
import org.claimgraph.resolve.ActorType;
import org.claimgraph.stance.Stance;

/** Maps the pipeline's enums to the ontology's terms. */
final class Terms {

    private Terms() {
    }

    static Resource stance(Stance s) {
        return switch (s) {
            case ASSERT -> CG.Assert;
            case DENY -> CG.Deny;
            case QUESTION -> CG.Question;
        };
    }

    /** The shortcut property materialised for a stance: cg:asserts, cg:denies or cg:questions. */
    static Property shortcut(Stance s) {
        return switch (s) {
            case ASSERT -> CG.asserts;
            case DENY -> CG.denies;
            case QUESTION -> CG.questions;
        };
    }

    static Resource quoteType(QuoteKind k) {
        return switch (k) {
            case DIRECT -> CG.Direct;
            case INDIRECT -> CG.Indirect;
            case MIXED -> CG.Mixed;
        };
    }

    /** The XML Schema type of a statement date: xsd:date, xsd:gYearMonth or xsd:gYear. */
    static RDFDatatype dateType(StatementDate.Precision p) {
        return switch (p) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
    }

    static Resource actorType(ActorType t) {
        return switch (t) {
            case PERSON -> CG.Person;
            case ORGANIZATION -> CG.Organization;
            case GROUP -> CG.Group;
        };
    }

    /** The ontology class of a medium's kind. */
    static Resource mediumType(MediumType t) {
        return switch (t) {
            case SOCIAL_NETWORK -> CG.SocialNetwork;
            case NEWS_OUTLET -> CG.NewsOutlet;
            case EVENT -> CG.Event;
            case DOCUMENT -> CG.Document;
        };
    }
}
