package io.tributary.rest.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.tributary.api.problem.ProblemException;

class ListPageTest {

    private static final List<String> LETTERS = List.of("a", "b", "c", "d", "e");

    @Test
    void walkingTheCursorsVisitsEveryItemOnce() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            ListPage<String> page = ListPage.of(LETTERS, Function.identity(), 2, cursor);
            seen.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);

        assertEquals(LETTERS, seen);
    }

    @Test
    void lastPageHasNoNext() {
        assertNull(ListPage.of(LETTERS, Function.identity(), 5, null).next());
    }

    @Test
    void cursorSurvivesItemsRemovedBeforeIt() {
        String cursor = ListPage.of(LETTERS, Function.identity(), 2, null).next();

        ListPage<String> page = ListPage.of(List.of("c", "d", "e"), Function.identity(), 2, cursor);

        assertEquals(List.of("c", "d"), page.items());
    }

    @Test
    void limitOutOfRangeNamesTheField() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> ListPage.of(LETTERS, Function.identity(), 0, null));

        assertEquals(400, problem.problem().status());
        assertEquals("limit", problem.problem().errors().get(0).field());
    }

    @Test
    void foreignCursorNamesTheField() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> ListPage.of(LETTERS, Function.identity(), 2, "not base64!"));

        assertEquals("cursor", problem.problem().errors().get(0).field());
    }
}
