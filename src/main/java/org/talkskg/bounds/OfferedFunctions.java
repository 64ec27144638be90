package org.talkskg.bounds;

import java.util.Set;

import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The extension functions a query may call: those ARQ registers (XPath {@code fn:}, {@code math:},
 * the XSD casts, the {@code sparql:} names of the built-ins, the triple-term functions) except the
 * ones that could escape the bounds, and the registered property functions (lists,
 * {@code rdfs:member}, {@code text:query}). ARQ would otherwise load any class of its function
 * library by name (among them {@code afn:wait}, which sleeps, and {@code afn:print}, which writes to
 * the console); these registries load nothing.
 */
public final class OfferedFunctions {

    static final String XPATH = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    /** Composite datatypes: lists and maps can be concatenated and merged without bound. */
    private static final String CDT = "http://w3id.org/awslabs/neptune/SPARQL-CDTs/";

    /**
     * Not offered: {@code fn:apply} calls a function named at run time, past this check;
     * {@code fn:concat} and the {@code sparql:} names of CONCAT, REGEX and REPLACE would build or
     * match strings outside the bounds (the keywords {@code CONCAT}, {@code REGEX},
     * {@code REPLACE}, {@code fn:matches} and {@code fn:replace} are bounded).
     */
    private static final Set<String> WITHHELD = Set.of(XPATH + "apply", XPATH + "concat", SPARQL + "concat",
            SPARQL + "regex", SPARQL + "replace");

    private OfferedFunctions() {
    }

    /** Whether a query may call the function of this IRI. */
    public static boolean isOffered(String iri) {
        return !WITHHELD.contains(iri) && !iri.startsWith(CDT) && FunctionRegistry.get().isRegistered(iri);
    }

    static FunctionRegistry functions() {
        FunctionRegistry offered = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return isOffered(uri) ? super.get(uri) : null;
            }
        };
        FunctionRegistry.get().keys().forEachRemaining(iri -> offered.put(iri, FunctionRegistry.get().get(iri)));
        return offered;
    }

    static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
        PropertyFunctionRegistry offered = new PropertyFunctionRegistry() {
            @Override
            public PropertyFunctionFactory get(String uri) {
                return standard.isRegistered(uri) ? super.get(uri) : null;
            }

            @Override
            public boolean manages(String uri) {
                return standard.isRegistered(uri);
            }
        };
        standard.keys().forEachRemaining(iri -> offered.put(iri, standard.get(iri)));
        return offered;
    }
}
