package io.tributary.rest.internal.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.tributary.api.tenancy.Membership;
import io.tributary.api.tenancy.Profile;
import io.tributary.api.tenancy.User;
import io.tributary.api.tenancy.Workspace;
import io.tributary.rest.internal.identity.ProfileView;

/**
 * The views exist only to write roles in lower case; a field added to the API record must appear in its view
 * too, or this fails.
 */
class ViewsMirrorApiRecordsTest {

    static Stream<Arguments> pairs() {
        return Stream.of(Arguments.of(User.class, UserView.class), Arguments.of(Membership.class, MembershipView.class),
                Arguments.of(Workspace.class, WorkspaceView.class), Arguments.of(Profile.class, ProfileView.class));
    }

    @ParameterizedTest
    @MethodSource("pairs")
    void viewHasTheFieldsOfItsRecordInOrder(Class<? extends Record> api, Class<? extends Record> view) {
        assertEquals(names(api), names(view));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
