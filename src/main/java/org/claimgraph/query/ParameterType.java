package org.claimgraph.query;

import java.util.regex.Pattern;

import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.XSD;
import org.claimgraph.ClaimgraphException;

/**
 * The declared type of a stored query's parameter ({@code IRI}, {@code string} or an {@code xsd:} datatype), which
 * turns a value given on the command line into one RDF term, never into SPARQL text.
 *
 * <p>Values become nodes (IRIs, typed literals) that Jena writes out with its own escaping, so a value such as
 * {@code x" } ; DROP ALL ; #} stays one harmless string literal, locally and when the query is sent to an endpoint.
 */
public final class ParameterType {

    /** An absolute IRI, written {@code <…>}, bare, or as a prefixed name the query declares. */
    public static final ParameterType IRI = new ParameterType("IRI", null);
    /** A plain string literal. */
    public static final ParameterType STRING = new ParameterType("string", null);
    /** Not declared (an ad-hoc query): an IRI if the value looks like one, else a string. */
    public static final ParameterType GUESS = new ParameterType("", null);

    private static final Pattern URL_LIKE = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$");

    private final String name;
    private final RDFDatatype datatype;

    private ParameterType(String name, RDFDatatype datatype) {
        this.name = name;
        this.datatype = datatype;
    }

    /** The type named in a header ({@code IRI}, {@code string}, {@code xsd:date}, …); null or "" is GUESS. */
    public static ParameterType named(String name, String source) {
        if (name == null || name.isBlank()) {
            return GUESS;
        }
        if (name.equals(IRI.name)) {
            return IRI;
        }
        if (name.equals(STRING.name)) {
            return STRING;
        }
        RDFDatatype type = name.startsWith("xsd:")
                ? TypeMapper.getInstance().getTypeByName(XSD.NS + name.substring(4)) : null;
        if (type == null) {
            throw new ClaimgraphException("Stored query " + source + ": unknown parameter type '" + name
                    + "' (IRI, string or an xsd: datatype such as xsd:date)");
        }
        return new ParameterType(name, type);
    }

    /** The name as written in headers; "" for GUESS. */
    public String name() {
        return name;
    }

    /**
     * The RDF term for {@code value}; {@code prefixes} expand prefixed names given for IRIs. A value that is not of
     * this type is a usage error naming {@code what} (e.g. "parameter ?claim of query 'claim-timeline'").
     */
    public Node toNode(String value, PrefixMapping prefixes, String what) {
        if (this == STRING) {
            return NodeFactory.createLiteralString(value);
        }
        if (this == IRI) {
            String iri = iriOrNull(value, prefixes);
            if (iri == null) {
                throw new ClaimgraphException.UsageError(what + " takes an absolute IRI, not '" + value + "'");
            }
            return NodeFactory.createURI(iri);
        }
        if (this == GUESS) {
            return guess(value, prefixes, what);
        }
        if (!datatype.isValid(value)) {
            throw new ClaimgraphException.UsageError(what + " takes an " + name + ", not '" + value + "'");
        }
        return NodeFactory.createLiteralDT(value, datatype);
    }

    /** {@code <…>} must be an IRI; a URL or a declared prefixed name that is a valid IRI is one; else a string. */
    private static Node guess(String value, PrefixMapping prefixes, String what) {
        boolean bracketed = value.startsWith("<") && value.endsWith(">");
        String expanded = prefixes.expandPrefix(value);
        if (bracketed || URL_LIKE.matcher(value).matches() || !expanded.equals(value)) {
            String iri = iriOrNull(value, prefixes);
            if (iri != null) {
                return NodeFactory.createURI(iri);
            }
            if (bracketed) {
                throw new ClaimgraphException.UsageError(what + ": '" + value + "' is not a valid absolute IRI");
            }
        }
        return NodeFactory.createLiteralString(value);
    }

    /**
     * The absolute IRI the value names, or null. Checked by Jena's IRI parser because an IRI, unlike a literal,
     * is written out unescaped: a '>' or a space inside would end it and let the rest be read as SPARQL.
     */
    private static String iriOrNull(String value, PrefixMapping prefixes) {
        String text = value.startsWith("<") && value.endsWith(">")
                ? value.substring(1, value.length() - 1) : prefixes.expandPrefix(value);
        try {
            IRIx iri = IRIx.create(text);
            // Not isAbsolute(), which in RFC 3986 terms excludes IRIs with a fragment (cg:Assert is one).
            return !iri.isRelative() && !iri.hasViolations() ? iri.str() : null;
        } catch (IRIException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "any" : name;
    }
}
