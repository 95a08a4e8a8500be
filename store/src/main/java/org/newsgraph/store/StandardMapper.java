package org.newsgraph.store;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.ServiceLoader;
import java.util.function.Function;
import org.newsgraph.rdf.GraphMapper;
import org.newsgraph.rdf.IriScheme;

/**
 * Finds Newsgraph's standard {@link GraphMapper}: the implementation registered as a service
 * ({@code META-INF/services/org.newsgraph.rdf.GraphMapper}), made for an IRI scheme through its public constructor
 * {@code (IriScheme)}. The system property {@value #PROPERTY} names another class with such a constructor.
 */
public final class StandardMapper {
    /** System property naming a GraphMapper class to use instead of the registered one. */
    public static final String PROPERTY = "newsgraph.mapper";

    private StandardMapper() {
    }

    /** A factory making the standard mapper for an IRI scheme; fails on first use when there is none. */
    public static Function<IriScheme, GraphMapper> factory() {
        return iris -> create(implementation(), iris);
    }

    private static Class<? extends GraphMapper> implementation() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            try {
                return Class.forName(named.strip()).asSubclass(GraphMapper.class);
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new StoreException("-D" + PROPERTY + "=" + named + " is not a GraphMapper class on the class path", e);
            }
        }
        return ServiceLoader.load(GraphMapper.class).stream().map(ServiceLoader.Provider::type).findFirst()
                .orElseThrow(() -> new StoreException("no RDF mapper: no implementation of "
                        + GraphMapper.class.getName() + " is registered (META-INF/services) on the class path"));
    }

    private static GraphMapper create(Class<? extends GraphMapper> type, IriScheme iris) {
        try {
            Constructor<? extends GraphMapper> c = type.getConstructor(IriScheme.class);
            return c.newInstance(iris);
        } catch (NoSuchMethodException e) {
            throw new StoreException("the RDF mapper " + type.getName() + " has no public constructor (IriScheme)", e);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StoreException("the RDF mapper " + type.getName() + " failed to start: " + cause, cause);
        } catch (ReflectiveOperationException e) {
            throw new StoreException("the RDF mapper " + type.getName() + " cannot be made: " + e, e);
        }
    }
}
