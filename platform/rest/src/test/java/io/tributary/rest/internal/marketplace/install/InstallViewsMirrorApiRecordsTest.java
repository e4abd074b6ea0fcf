package io.tributary.rest.internal.marketplace.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.tributary.api.marketplace.InstallResult;
import io.tributary.api.marketplace.InstalledItem;

/** The views exist to write kinds in lower case; a field added to the API record must appear in its view too. */
class InstallViewsMirrorApiRecordsTest {

    @Test
    void installedItemViewHasTheFieldsOfInstalledItemInOrder() {
        assertEquals(names(InstalledItem.class), names(InstalledItemView.class));
    }

    @Test
    void installResultViewHasTheFieldsOfInstallResultInOrder() {
        assertEquals(names(InstallResult.class), names(InstallResultView.class));
    }

    private static List<String> names(Class<? extends Record> type) {
        return Stream.of(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
