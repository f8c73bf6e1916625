package com.acme.orders.gateway;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Maps path prefixes to upstream services; the longest matching prefix wins. */
public final class RouteTable {
    private final TreeMap<String, URI> routes = new TreeMap<>();

    public RouteTable(Map<String, URI> routes) {
        this.routes.putAll(routes);
    }

    /** The upstream address for a request, keeping the path below the prefix and the query. */
    public Optional<URI> resolve(URI request) {
        String path = request.getPath();
        for (Map.Entry<String, URI> route : routes.descendingMap().entrySet()) {
            if (path.startsWith(route.getKey())) {
                String rest = path.substring(route.getKey().length());
                String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
                return Optional.of(route.getValue().resolve(rest.startsWith("/") ? rest.substring(1) + query
                        : rest + query));
            }
        }
        return Optional.empty();
    }

    public int size() {
        return routes.size();
    }
}
