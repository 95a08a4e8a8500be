package org.newsgraph.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URL;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.validation.DataValidator;
import org.apache.jena.fuseki.validation.IRIValidator;
import org.apache.jena.fuseki.validation.LangTagValidator;
import org.apache.jena.fuseki.validation.QueryValidator;
import org.apache.jena.fuseki.validation.UpdateValidator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.rdf.IriScheme;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.server.web.BrowsingPages;

/**
 * Fuseki over a Newsgraph store: the service {@code /kg} from {@code fuseki-config/config.ttl} (query-only SPARQL at
 * {@code /kg/sparql} and {@code /kg/query} over the union of the named graphs, read-only graph store at
 * {@code /kg/get}, query timeouts), the browsing pages ({@link BrowsingPages}: the home page at {@code /}, linked
 * data at {@code /id/...}), Fuseki's query UI at {@code /sparql}, and the read-only {@code /$/} endpoints that UI
 * needs ({@code /$/ping}, {@code /$/server}, {@code /$/stats}). No admin operations. Bound to the loopback interface
 * unless a host is given. With a password file, {@code /kg/update} accepts SPARQL Update from its users (HTTP basic
 * authentication); without one nothing can write.
 *
 * <pre>{@code
 * NewsgraphServer server = NewsgraphServer.create().dataDir(Path.of("data")).port(0).build().start();
 * try { ... server.sparqlUrl() ... } finally { server.stop(); }
 * }</pre>
 */
public final class NewsgraphServer {
    /** The packaged Fuseki configuration (a copy of {@code fuseki-config/config.ttl}). */
    public static final String CONFIG_RESOURCE = "/org/newsgraph/fuseki/config.ttl";
    /** The name of the Fuseki service, so the SPARQL endpoint is {@code /kg/sparql}. */
    public static final String SERVICE = "kg";
    public static final int DEFAULT_PORT = 3030;

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";

    private final FusekiServer fuseki;
    private final boolean pages;
    private final String host;
    private final DatasetGraph dataset;
    private final IriScheme iris;

    private NewsgraphServer(FusekiServer fuseki, boolean pages, String host, DatasetGraph dataset, IriScheme iris) {
        this.fuseki = fuseki;
        this.pages = pages;
        this.host = host;
        this.dataset = dataset;
        this.iris = iris;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Builds a {@link NewsgraphServer}; {@link #dataDir} is required, the rest has defaults. Not thread-safe. */
    public static final class Builder {
        private Path dataDir;
        private int port = DEFAULT_PORT;
        private String host;
        private Path config;
        private Path passwordFile;
        private boolean ui = true;
        private boolean pages = true;
        private final List<ServerExtension> extensions = new ArrayList<>();

        private Builder() {
        }

        /** The data directory a {@code kg build} wrote (the TDB2 database is {@code DATA/tdb2}). */
        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** The HTTP port; 0 picks a free one. Default {@value NewsgraphServer#DEFAULT_PORT}. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The host or address to bind to. Default: the loopback interface only (localhost). */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /** A Fuseki configuration file to use instead of the packaged one; it must define the service {@code kg}. */
        public Builder config(Path config) {
            this.config = config;
            return this;
        }

        /**
         * Enables {@code /kg/update} for the users of this password file (Jetty realm format, one
         * {@code user: password} per line), with HTTP basic authentication.
         */
        public Builder passwordFile(Path passwordFile) {
            this.passwordFile = passwordFile;
            return this;
        }

        /** Serve Fuseki's query UI (at {@code /sparql}; at {@code /} without the pages). Default true. */
        public Builder ui(boolean ui) {
            this.ui = ui;
            return this;
        }

        /**
         * Serve the browsing pages: the home page at {@code /}, a page and RDF for every minted IRI at {@code /id/...}
         * and {@code /graph/...}, search and the canned queries. Default true.
         */
        public Builder pages(boolean pages) {
            this.pages = pages;
            return this;
        }

        /** Adds an extension (servlets, filters) to the server. */
        public Builder extension(ServerExtension extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /** Builds the server, not yet started. Opens the store: fails if another process holds it. */
        public NewsgraphServer build() {
            if (dataDir == null) {
                throw new IllegalStateException("NewsgraphServer.Builder: no dataDir given");
            }
            Path db = KnowledgeStore.databaseDir(dataDir).toAbsolutePath();
            if (!KnowledgeStore.exists(dataDir)) {
                throw new StoreException("there is no Newsgraph store in " + dataDir + " (no " + db
                        + "): build one first, e.g. kg build --data " + dataDir + " seeds/");
            }
            // Opening the store here first turns "locked by another process" into a clear message; Fuseki's
            // assembler then reuses this connection.
            DatasetGraph dsg = KnowledgeStore.connect(db);
            IriScheme iris = new IriScheme(KnowledgeStore.storedBase(dsg).orElse(IriScheme.DEFAULT_BASE));

            Model model = loadConfig();
            setLocation(model, db);
            List<String> users = passwordFile == null ? List.of() : users(passwordFile);
            if (passwordFile != null) {
                addUpdateEndpoint(model, users);
            }
            FusekiServer.Builder b = FusekiServer.create();
            try {
                b.parseConfig(model);
            } catch (RuntimeException e) {
                throw new StoreException("the Fuseki configuration " + (config != null ? config : CONFIG_RESOURCE)
                        + " cannot be used: " + e.getMessage(), e);
            }
            DatasetGraph served = b.getDataset("/" + SERVICE);
            if (served == null) {
                throw new StoreException("the Fuseki configuration " + (config != null ? config : CONFIG_RESOURCE)
                        + " has no service named \"" + SERVICE + "\"");
            }
            b.port(port).loopback(host == null || isLoopback(host));
            if (passwordFile != null) {
                b.passwordFile(passwordFile.toAbsolutePath().toString()).auth(AuthScheme.BASIC).realm("Newsgraph");
            }
            b.enablePing(true).enableStats(true);
            b.addServlet("/$/server", new ActionServerStatus());
            if (ui) {
                addUi(b);
            }
            ServerContext context = new ServerContext(served, iris, dataDir, ui);
            if (pages) {
                new BrowsingPages().configure(b, context);
            }
            for (ServerExtension ext : ServiceLoader.load(ServerExtension.class)) {
                ext.configure(b, context);
            }
            extensions.forEach(ext -> ext.configure(b, context));
            FusekiServer server = b.build();
            if (host != null && !isLoopback(host)) {
                for (Connector c : server.getJettyServer().getConnectors()) {
                    if (c instanceof ServerConnector sc) {
                        sc.setHost(host.equals("*") ? null : host); // null: every interface
                    }
                }
            }
            return new NewsgraphServer(server, pages, host, served, iris);
        }

        private Model loadConfig() {
            Model m = ModelFactory.createDefaultModel();
            try (InputStream in = config != null ? Files.newInputStream(config)
                    : NewsgraphServer.class.getResourceAsStream(CONFIG_RESOURCE)) {
                if (in == null) {
                    throw new StoreException("the Fuseki configuration " + CONFIG_RESOURCE + " is not on the class path");
                }
                RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config/config.ttl").parse(m);
            } catch (IOException e) {
                throw new StoreException("cannot read the Fuseki configuration " + config + ": " + e.getMessage(), e);
            }
            return m;
        }

        private static void setLocation(Model m, Path db) {
            List<Resource> datasets = m.listSubjectsWithProperty(RDF.type, m.createResource(TDB2 + "DatasetTDB2")).toList();
            if (datasets.isEmpty()) {
                throw new StoreException("the Fuseki configuration has no tdb2:DatasetTDB2 to point at the store");
            }
            for (Resource d : datasets) {
                d.removeAll(m.createProperty(TDB2 + "location"));
                d.addProperty(m.createProperty(TDB2 + "location"), db.toString());
            }
        }

        private static void addUpdateEndpoint(Model m, List<String> users) {
            Resource service = m.listSubjectsWithProperty(m.createProperty(FUSEKI + "name"), SERVICE).toList().stream()
                    .findFirst().orElseThrow(() -> new StoreException("the Fuseki configuration has no service \""
                            + SERVICE + "\""));
            Resource ep = m.createResource()
                    .addProperty(m.createProperty(FUSEKI + "operation"), m.createResource(FUSEKI + "update"))
                    .addProperty(m.createProperty(FUSEKI + "name"), "update");
            for (String u : users) {
                ep.addProperty(m.createProperty(FUSEKI + "allowedUsers"), u);
            }
            service.addProperty(m.createProperty(FUSEKI + "endpoint"), ep);
        }

        /** The user names of a Jetty realm file: {@code user: password[, role...]} lines; # starts a comment. */
        static List<String> users(Path passwordFile) {
            List<String> lines;
            try {
                lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StoreException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
            List<String> users = new ArrayList<>();
            for (String line : lines) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(':');
                if (colon <= 0 || l.substring(colon + 1).isBlank()) {
                    throw new StoreException("password file " + passwordFile + ": \"" + l.split(":", 2)[0]
                            + "\" is not a \"user: password\" line");
                }
                users.add(l.substring(0, colon).strip());
            }
            if (users.isEmpty()) {
                throw new StoreException("password file " + passwordFile + " names no user (one \"user: password\" per line)");
            }
            return users;
        }

        private static void addUi(FusekiServer.Builder b) {
            URL index = NewsgraphServer.class.getResource("/webapp/index.html");
            if (index == null) {
                throw new StoreException("Fuseki's UI files (webapp/) are not on the class path; rebuild the server "
                        + "module, or serve with the UI off");
            }
            // A folder when run from a build (target/classes), a jar: URI when run from the packaged jar; Jetty reads
            // a file location only as a plain path.
            String base;
            if (index.getProtocol().equals("file")) {
                try {
                    base = Path.of(index.toURI()).getParent().toString();
                } catch (java.net.URISyntaxException e) {
                    throw new StoreException("cannot locate Fuseki's UI files: " + index, e);
                }
            } else {
                String s = index.toExternalForm();
                base = s.substring(0, s.length() - "/index.html".length());
            }
            b.staticFileBase(base);
            // The UI's query and edit pages check syntax through these read-only validators, as Fuseki's own UI does.
            b.addServlet(Fuseki.serverFunctionPath("/validate/query"), new QueryValidator());
            b.addServlet(Fuseki.serverFunctionPath("/validate/update"), new UpdateValidator());
            b.addServlet(Fuseki.serverFunctionPath("/validate/iri"), new IRIValidator());
            b.addServlet(Fuseki.serverFunctionPath("/validate/langtag"), new LangTagValidator());
            b.addServlet(Fuseki.serverFunctionPath("/validate/data"), new DataValidator());
        }

        private static boolean isLoopback(String host) {
            if (isAnyLocal(host)) {
                return false;
            }
            try {
                return InetAddress.getByName(host).isLoopbackAddress();
            } catch (UnknownHostException e) {
                throw new StoreException("unknown host \"" + host + "\"", e);
            }
        }
    }

    public NewsgraphServer start() {
        fuseki.start();
        return this;
    }

    public void stop() {
        fuseki.stop();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL, {@code http://localhost:3030/}: the home page (Fuseki's UI when the pages are off). */
    public String url() {
        String h = host == null || isAnyLocal(host) ? "localhost" : host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The SPARQL query endpoint, {@code http://localhost:3030/kg/sparql}. */
    public String sparqlUrl() {
        return url() + SERVICE + "/sparql";
    }

    /** The served dataset. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The IRI scheme the store was built with. */
    public IriScheme iris() {
        return iris;
    }

    public FusekiServer fuseki() {
        return fuseki;
    }

    private static boolean isAnyLocal(String host) {
        return host.equals("*") || host.equals("0.0.0.0") || host.equals("::");
    }

    /**
     * Fuseki's query editor for the {@code kg} dataset: {@code http://localhost:3030/sparql}, which leads to
     * {@code /?sparql#/dataset/kg/query} (the UI must be served at the root path; the query string tells it from the
     * home page). Without the pages, {@code /#/dataset/kg/query}.
     */
    public String queryEditorUrl() {
        return pages ? url() + "sparql" : url() + "#/dataset/" + SERVICE + "/query";
    }

    @Override
    public String toString() {
        return "Newsgraph is serving " + url() + " \u2014 SPARQL: " + sparqlUrl();
    }
}
