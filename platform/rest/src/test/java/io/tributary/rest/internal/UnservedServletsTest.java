package io.tributary.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.http.runtime.dto.FilterDTO;
import org.osgi.service.http.runtime.dto.RuntimeDTO;
import org.osgi.service.http.runtime.dto.ServletContextDTO;
import org.osgi.service.http.runtime.dto.ServletDTO;

class UnservedServletsTest {

    private final UnservedServlets watch = new UnservedServlets();

    @Test
    void aServletLeftUnservedIsDueAfterSomeChecksAndThenCountedAnew() {
        Set<String> registered = Set.of("tributary-api", "tributary-fallback");
        Set<String> served = Set.of("tributary-fallback");

        for (int check = 1; check < UnservedServlets.MISSING_CHECKS; check++) {
            assertEquals(List.of(), watch.due(registered, served), "registration takes a moment");
        }
        assertEquals(List.of("tributary-api"), watch.due(registered, served));
        assertEquals(List.of(), watch.due(registered, served), "counted anew after it was registered again");
    }

    @Test
    void aServletServedInBetweenStartsItsCountOver() {
        Set<String> registered = Set.of("tributary-api");
        watch.due(registered, Set.of());
        watch.due(registered, Set.of());
        watch.due(registered, Set.of("tributary-api"));

        for (int check = 1; check < UnservedServlets.MISSING_CHECKS; check++) {
            assertEquals(List.of(), watch.due(registered, Set.of()));
        }
    }

    @Test
    void aServletNotRegisteredIsNoneOfItsBusiness() {
        for (int check = 0; check < 2 * UnservedServlets.MISSING_CHECKS; check++) {
            assertEquals(List.of(), watch.due(Set.of(), Set.of()));
        }
    }

    @Test
    void servedServletsAreReadFromEveryContextOfTheRuntime() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.servletContextDTOs = new ServletContextDTO[] {context("tributary-api"), context(), new ServletContextDTO()};

        assertEquals(Set.of("tributary-api"), UnservedServlets.served(runtime));
        assertEquals(Set.of(), UnservedServlets.served(new RuntimeDTO()));
    }

    @Test
    void servedFiltersCountAsServedToo() {
        ServletContextDTO context = context("tributary-fallback");
        context.filterDTOs = new FilterDTO[] {new FilterDTO()};
        context.filterDTOs[0].name = "tributary-landing";
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.servletContextDTOs = new ServletContextDTO[] {context};

        assertEquals(Set.of("tributary-fallback", "tributary-landing"), UnservedServlets.served(runtime));
    }

    private static ServletContextDTO context(String... servlets) {
        ServletContextDTO context = new ServletContextDTO();
        context.servletDTOs = new ServletDTO[servlets.length];
        for (int i = 0; i < servlets.length; i++) {
            context.servletDTOs[i] = new ServletDTO();
            context.servletDTOs[i].name = servlets[i];
        }
        return context;
    }
}
