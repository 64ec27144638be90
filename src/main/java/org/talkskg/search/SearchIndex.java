package org.talkskg.search;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.talkskg.graph.GraphRole;
import org.talkskg.graph.Namespaces;

/**
 * The full-text index of the graph's data (jena-text over Lucene), held in memory and built from
 * the data graphs when the server starts: for the shipped graph that takes a fraction of a
 * second, so nothing is kept on disk that could fall out of step with the store. SPARQL finds it
 * with {@code text:query} (namespace {@code http://jena.apache.org/text#}), e.g.
 * {@code ?entity text:query (skos:hiddenLabel "witkov~2")}. The ontology's and the shapes' own
 * labels and definitions are not in it: they describe terms, not the news, and they cannot change
 * while the server runs, where the data graphs can.
 * <p>
 * One index field per property, so that a hit says which property matched: the names (label,
 * preferred, alternative and hidden labels; the hidden ones are the article's garbled
 * spellings), the quotes, summaries, descriptions and definitions, and the words of the
 * evidence spans ({@code nif:anchorOf}). One Lucene document per literal, with its graph, its
 * language and the literal itself (stored, so that a hit gives the text it matched).
 */
public final class SearchIndex {

    /** Property to index field. */
    private static final Map<Node, String> FIELDS = Map.of(
            RDFS.label.asNode(), "label",
            SKOS.prefLabel.asNode(), "prefLabel",
            SKOS.altLabel.asNode(), "altLabel",
            SKOS.hiddenLabel.asNode(), "hiddenLabel",
            NodeFactory.createURI(Namespaces.TK + "quote"), "quote",
            NodeFactory.createURI(Namespaces.TK + "summary"), "summary",
            DCTerms.description.asNode(), "description",
            SKOS.definition.asNode(), "definition",
            NodeFactory.createURI(Namespaces.NIF + "anchorOf"), "anchorOf");

    private SearchIndex() {}

    /**
     * Indexes a dataset that never changes (the graph loaded from the files, or a store served
     * read-only) and lets {@code text:query} on it, and on the other datasets of the same texts
     * (the graph with its inferences), use the index. The index goes into each dataset's context,
     * which its views share, so the datasets themselves are served unchanged.
     * <p>
     * It is built by the first search, not at start: building it while the server starts took
     * cores from the start itself (a tenth of the stock server's start-up time on two cores), and
     * most starts answer queries long before anyone searches. The first search waits for it
     * (about 0.1 s in a warm JVM, 0.4 s in a fresh one, for the shipped graph).
     */
    public static void addTo(DatasetGraph unchanging, DatasetGraph... sameTexts) {
        TextIndex index = onFirstUse(() -> indexOf(unchanging, false));
        unchanging.getContext().set(TextQuery.textIndex, index);
        for (DatasetGraph other : sameTexts) {
            other.getContext().set(TextQuery.textIndex, index);
        }
    }

    /** An index that is built when it is first called, once; calls meanwhile wait for it. */
    private static TextIndex onFirstUse(Supplier<TextIndex> build) {
        Supplier<TextIndex> built = new Supplier<>() {
            private TextIndex index;

            @Override
            public synchronized TextIndex get() {
                if (index == null) {
                    index = build.get();
                }
                return index;
            }
        };
        InvocationHandler waitThenCall = (proxy, method, arguments) -> {
            try {
                return method.invoke(built.get(), arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (TextIndex) Proxy.newProxyInstance(TextIndex.class.getClassLoader(), new Class<?>[] {TextIndex.class}, waitThenCall);
    }

    /**
     * The store as a text dataset: indexed from what it holds now, and every change made through
     * the returned dataset changes the index in the same transaction (an aborted one changes
     * neither).
     */
    public static DatasetGraph following(DatasetGraph store) {
        // Wrapped, so that jena-text commits and rolls back the index itself around the store's
        // transaction, instead of joining TDB2's: as a TDB2 component it would also roll the
        // index back when a reader's transaction aborts, losing a writer's pending changes.
        return TextDatasetFactory.create(new DatasetGraphWrapper(store), indexOf(store, true), true);
    }

    /**
     * An index of the texts of the data graphs as they are now.
     *
     * @param deletable whether texts can be deleted from it: each then needs an identifier, which
     *                  costs a fifth of the time to build
     */
    private static TextIndex indexOf(DatasetGraph dataset, boolean deletable) {
        TextIndex index = TextDatasetFactory.createLuceneIndex(new ByteBuffersDirectory(), config(deletable));
        Txn.executeRead(dataset, () -> Iter.forEach(dataset.listGraphNodes(), graph -> {
            if (isData(graph)) {
                dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                    Entity entity = TextQueryFuncs.entityFromQuad(index.getDocDef(), quad);
                    if (entity != null) {
                        index.addEntity(entity);
                    }
                });
            }
        }));
        index.commit();
        return index;
    }

    private static boolean isData(Node graph) {
        return graph.isURI() && graph.getURI().startsWith(GraphRole.DATA.graphNamespace());
    }

    private static TextIndexConfig config(boolean deletable) {
        EntityDefinition definition = new EntityDefinition("uri", "label", "graph");
        definition.setLangField("lang");
        if (deletable) {
            // Without it, jena-text leaves a literal's document in the index when the literal is deleted.
            definition.setUidField("uid");
        }
        FIELDS.forEach((property, field) -> definition.set(field, property));
        TextIndexConfig config = new TextIndexConfig(definition);
        config.setAnalyzer(new SearchAnalyzer());
        config.setValueStored(true);
        return config;
    }
}
