package io.quotetrail.gateway.mapping;

import java.io.StringReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.rdf.RdfNQuad;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON-LD document as the triples a real JSON-LD processor (Titanium) reads from it. Remote documents are
 * refused, so a document that needed a context from the web fails here instead of quietly fetching it.
 */
public final class RdfTriples {

    public static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String QT = ResourceIris.VOCABULARY;

    /** One triple; a literal's object is its lexical form, with its datatype beside it (null for IRIs and blank nodes). */
    public record Triple(String subject, String predicate, String object, String datatype) {
    }

    private final Set<Triple> triples;

    private RdfTriples(Set<Triple> triples) {
        this.triples = triples;
    }

    public static RdfTriples of(JsonNode document) {
        try {
            return of(new ObjectMapper().writeValueAsString(document));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    public static RdfTriples of(String json) {
        try {
            List<RdfNQuad> quads = JsonLd.toRdf(JsonDocument.of(new StringReader(json)))
                    .loader((url, options) -> {
                        throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "no remote documents: " + url);
                    })
                    .get().toList();
            Set<Triple> triples = new LinkedHashSet<>();
            for (RdfNQuad quad : quads) {
                triples.add(new Triple(quad.getSubject().getValue(), quad.getPredicate().getValue(),
                        quad.getObject().getValue(), quad.getObject().isLiteral() ? quad.getObject().asLiteral().getDatatype() : null));
            }
            return new RdfTriples(triples);
        } catch (JsonLdError e) {
            throw new AssertionError("not valid JSON-LD: " + e.getMessage() + "\n" + json, e);
        }
    }

    public boolean has(String subject, String predicate, String object) {
        return triples.stream().anyMatch(t -> t.subject().equals(subject) && t.predicate().equals(predicate)
                && t.object().equals(object));
    }

    public Set<String> objects(String subject, String predicate) {
        return triples.stream().filter(t -> t.subject().equals(subject) && t.predicate().equals(predicate))
                .map(Triple::object).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<String> subjects(String predicate, String object) {
        return triples.stream().filter(t -> t.predicate().equals(predicate) && t.object().equals(object))
                .map(Triple::subject).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The datatype of the (first) object this subject has for this predicate: null for an IRI or a blank node. */
    public String datatype(String subject, String predicate) {
        return triples.stream().filter(t -> t.subject().equals(subject) && t.predicate().equals(predicate))
                .findFirst().orElseThrow(() -> new AssertionError(subject + " has no " + predicate)).datatype();
    }

    public Set<Triple> withPredicate(String predicate) {
        return triples.stream().filter(t -> t.predicate().equals(predicate)).collect(Collectors.toSet());
    }

    public int size() {
        return triples.size();
    }

    @Override
    public String toString() {
        return triples.stream().map(t -> t.subject() + " " + t.predicate() + " " + t.object()
                + (t.datatype() == null ? "" : "^^" + t.datatype())).collect(Collectors.joining("\n"));
    }
}
