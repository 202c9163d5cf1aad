package org.claimgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.claimgraph.ClaimgraphException;

/**
 * One stored SPARQL query: its name (the file name without {@code .rq}), the header comment and the query text.
 *
 * <p>The header is the leading block of {@code # Key: value} comment lines; a comment line indented by two or
 * more spaces continues the previous key. Stored queries must have {@code Title}, {@code Question} and
 * {@code Parameters} ({@link #requireHeader()}); ad-hoc ones need none. Each parameter has its own line,
 * {@code # Parameters: ?name TYPE — meaning (default: …)}, TYPE being {@code IRI}, {@code string} or an
 * {@code xsd:} datatype; a query without any reads {@code # Parameters: none} (see queries/README.md).
 */
public final class StoredQuery {

    /**
     * A variable the caller may bind with VALUES, of a declared type; {@code defaultValue} is the text of
     * "(default …)", if any, which says what an unbound parameter means.
     */
    public record Parameter(String name, ParameterType type, String meaning, String defaultValue) {

        /** How to give it on the command line, e.g. {@code --param claim=IRI}. */
        public String usage() {
            String shown = type == ParameterType.GUESS ? "VALUE" : type.name();
            return "--param " + name + "=" + shown;
        }
    }

    private static final List<String> REQUIRED = List.of("Title", "Question", "Parameters");
    private static final Pattern FIELD = Pattern.compile("^#\\s?([A-Za-z][A-Za-z ]*):\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{2,}(\\S.*)$");
    private static final Pattern PARAMETER =
            Pattern.compile("^\\?(\\w+)(?:\\s+(IRI|string|xsd:\\w+))?\\s*(?:[—–-]+\\s*(.*))?$");
    /** Several parameters on one line are separated by "; ?"; a plain ";" may stay inside a meaning. */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(";\\s*(?=\\?)");
    private static final Pattern DEFAULT = Pattern.compile("\\(default:?\\s*([^)]*)\\)\\s*$");

    private final String name;
    private final String source;
    private final String sparql;
    private final Map<String, String> header;
    private final List<Parameter> parameters;

    private StoredQuery(String name, String source, String sparql, Map<String, String> header) {
        this.name = name;
        this.source = source;
        this.sparql = sparql;
        this.header = header;
        this.parameters = parseParameters(field("Parameters"));
    }

    /** The header key whose repeated lines are kept apart, joined by a newline rather than "; ". */
    private static final String LINES_APART = "parameters";

    /**
     * Reads a query from its text, with or without a header, so that ad-hoc {@code .rq} files run too;
     * {@code source} (a file or resource) names it in error messages.
     */
    public static StoredQuery parse(String name, String text, String source) {
        return new StoredQuery(name, source, text, parseHeader(text));
    }

    /** Checks that the header has Title, Question and Parameters, as every stored query must; returns this. */
    public StoredQuery requireHeader() {
        List<String> missing = REQUIRED.stream().filter(key -> field(key).isBlank()).toList();
        if (!missing.isEmpty()) {
            throw new ClaimgraphException("Stored query " + source + " lacks the header line(s) "
                    + missing.stream().map(k -> "'# " + k + ": …'").toList());
        }
        return this;
    }

    private static Map<String, String> parseHeader(String text) {
        Map<String, String> header = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\\R")) {
            Matcher continued = CONTINUATION.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (last != null && continued.matches()) {
                header.merge(last, continued.group(1).trim(), (a, b) -> a + " " + b);
            } else if (field.matches()) {
                last = field.group(1).trim().toLowerCase(Locale.ROOT);
                // Parameters keep a line each, so that a meaning may hold any punctuation.
                String separator = last.equals(LINES_APART) ? "\n" : "; ";
                header.merge(last, field.group(2).trim(), (a, b) -> a + separator + b);
            } else if (line.startsWith("#")) {
                last = null; // free comment: indented lines after it continue nothing
            } else {
                break; // the header ends at the first line that is not a comment
            }
        }
        return header;
    }

    private String field(String key) {
        return header.getOrDefault(key.toLowerCase(Locale.ROOT), "");
    }

    private List<Parameter> parseParameters(String text) {
        List<Parameter> list = new ArrayList<>();
        if (text.isBlank() || text.trim().toLowerCase(Locale.ROOT).startsWith("none")) {
            return List.of();
        }
        for (String line : text.split("\n")) {
            for (String item : ITEM_SEPARATOR.split(line.trim())) {
                Matcher m = PARAMETER.matcher(item.trim());
                if (!m.matches()) {
                    throw new ClaimgraphException("Stored query " + source
                            + ": a parameter must read '?name TYPE — meaning (default: …)', not '" + item.trim() + "'");
                }
                String meaning = m.group(3) == null ? "" : m.group(3).trim();
                Matcher d = DEFAULT.matcher(meaning);
                list.add(new Parameter(m.group(1), ParameterType.named(m.group(2), source), meaning,
                        d.find() ? d.group(1).trim() : null));
            }
        }
        return List.copyOf(list);
    }

    /** The name, which is the file name without {@code .rq}. */
    public String name() {
        return name;
    }

    /** The file or resource it was read from. */
    public String source() {
        return source;
    }

    /** The title, from {@code # Title:}, else the name. */
    public String title() {
        return field("Title").isBlank() ? name : field("Title");
    }

    /** The question it answers, from {@code # Question:}, else "". */
    public String description() {
        return field("Question");
    }

    /** The parameters, from {@code # Parameters:}; empty for "none" or no such line. */
    public List<Parameter> parameters() {
        return parameters;
    }

    /** Every header field by lower-case key (title, question, parameters, order, …). */
    public Map<String, String> header() {
        return Map.copyOf(header);
    }

    /** The SPARQL text, header comments included. */
    public String sparql() {
        return sparql;
    }

    /** Parses the SPARQL text into a fresh Query. */
    public Query query() {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new ClaimgraphException("Stored query " + source + " is not valid SPARQL: " + e.getMessage(), e);
        }
    }

    /**
     * Parses the query and binds parameters by a VALUES block first in its WHERE clause, so that they restrict
     * the pattern before any grouping; each value becomes an RDF term of the parameter's declared type (see
     * {@link ParameterType}). An unknown parameter or a value not of its type is a usage error.
     */
    public Query query(Map<String, String> values) {
        Query query = query();
        Map<String, Node> byVariable = new LinkedHashMap<>();
        values.forEach((param, value) -> {
            Parameter p = parameter(param);
            String what = "Parameter ?" + p.name() + " of query '" + name + "'";
            byVariable.put(p.name(), p.type().toNode(value, query.getPrefixMapping(), what));
        });
        return ValuesBlock.prepend(query, byVariable, source);
    }

    private Parameter parameter(String given) {
        String bare = given.startsWith("?") || given.startsWith("$") ? given.substring(1) : given;
        if (field("Parameters").isBlank()) {
            // An ad-hoc query without a header: any variable may be bound, typed by the look of its value.
            return new Parameter(bare, ParameterType.GUESS, "", null);
        }
        return parameters.stream().filter(p -> p.name().equals(bare)).findFirst().orElseThrow(() ->
                new ClaimgraphException.UsageError("Query '" + name + "' has no parameter '" + given + "'; it has: "
                        + (parameters.isEmpty() ? "none"
                                : String.join(", ", parameters.stream().map(p -> p.name()).toList()))));
    }

    /** Whether the query calls another endpoint with {@code SERVICE} (such as Wikidata's). */
    public boolean callsOtherEndpoints() {
        boolean[] found = {false};
        ElementWalker.walk(query().getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService service) {
                found[0] = true;
            }
        });
        return found[0];
    }

    @Override
    public String toString() {
        return name + " (" + source + ")";
    }
}
