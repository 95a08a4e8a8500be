package org.newsgraph.server.pages;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.server.ld.IriMapper;
import org.newsgraph.server.view.GraphView;
import org.newsgraph.store.NewsgraphPrefixes;

/**
 * What every page needs: the graph, the IRI mapping, the prefixes for short property names, the canned queries, and
 * whether Fuseki's query UI is served (to link to it). Immutable, thread-safe.
 */
public final class Site {
    private final GraphView view;
    private final IriMapper iris;
    private final PrefixMap prefixes;
    private final CannedQueries queries;
    private final boolean queryUi;

    public Site(GraphView view, IriScheme iris, CannedQueries queries, boolean queryUi) {
        this.view = view;
        this.iris = new IriMapper(iris);
        this.prefixes = PrefixMapFactory.unmodifiablePrefixMap(NewsgraphPrefixes.of(iris));
        this.queries = queries;
        this.queryUi = queryUi;
    }

    public GraphView view() {
        return view;
    }

    public IriMapper iris() {
        return iris;
    }

    public PrefixMap prefixes() {
        return prefixes;
    }

    public CannedQueries queries() {
        return queries;
    }

    public boolean queryUi() {
        return queryUi;
    }
}
