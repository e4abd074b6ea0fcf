package io.tributary.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.http.runtime.dto.FilterDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

/** Counts, check after check, how long each registered servlet or filter has gone unserved by the HTTP whiteboard. */
final class UnservedServlets {

    /** Checks a registered servlet may be missing before it is re-registered: registration takes a moment. */
    static final int MISSING_CHECKS = 3;

    private final Map<String, Integer> missing = new HashMap<>();

    /**
     * The servlets to register again: registered as services but not served for {@link #MISSING_CHECKS} checks in
     * a row. Counting starts over once one is served again or re-registered.
     */
    synchronized List<String> due(Set<String> registered, Set<String> served) {
        missing.keySet().retainAll(registered);
        List<String> due = new ArrayList<>();
        for (String name : registered) {
            if (served.contains(name)) {
                missing.remove(name);
            } else if (missing.merge(name, 1, Integer::sum) >= MISSING_CHECKS) {
                missing.remove(name);
                due.add(name);
            }
        }
        return due;
    }

    static Set<String> served(RuntimeDTO runtime) {
        Set<String> names = new HashSet<>();
        if (runtime.servletContextDTOs != null) {
            for (ServletContextDTO servletContext : runtime.servletContextDTOs) {
                if (servletContext.servletDTOs != null) {
                    for (ServletDTO servlet : servletContext.servletDTOs) {
                        names.add(servlet.name);
                    }
                }
                if (servletContext.filterDTOs != null) {
                    for (FilterDTO filter : servletContext.filterDTOs) {
                        names.add(filter.name);
                    }
                }
            }
        }
        return names;
    }
}
