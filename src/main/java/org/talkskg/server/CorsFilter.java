package org.talkskg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for an allow-list of origins: Jena's {@link CrossOriginFilter}, configured here rather
 * than by a properties file. Pages from a listed origin may read answers (GET, POST, HEAD);
 * credentials are never allowed, so a browser sends no cookies or stored logins cross-origin
 * and {@code Access-Control-Allow-Credentials} is never sent, whatever the list holds.
 */
final class CorsFilter implements Filter {

    private final CrossOriginFilter delegate = new CrossOriginFilter();
    private final Map<String, String> settings;

    CorsFilter(List<String> origins) {
        this.settings = Map.of(
                CrossOriginFilter.ALLOWED_ORIGINS_PARAM, String.join(",", origins),
                CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,POST,HEAD,OPTIONS",
                CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
                CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length," + GuardedQuery.TRUNCATED_HEADER,
                CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false",
                // Preflight requests are answered here and go no further.
                CrossOriginFilter.CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig container) throws ServletException {
        delegate.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return container.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return container.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return settings.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(settings.keySet());
            }
        });
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        delegate.doFilter(request, response, chain);
    }

    @Override
    public void destroy() {
        delegate.destroy();
    }
}
