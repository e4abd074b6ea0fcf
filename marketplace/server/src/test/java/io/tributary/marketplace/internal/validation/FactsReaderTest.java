package io.tributary.marketplace.internal.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FactsReaderTest {

    @Test
    void thePlatformRangeListsTheApiImportsOnly() {
        assertEquals("io.tributary.api.connector;version=\"[1.0,2)\", io.tributary.api.flow",
                FactsReader.platformRange("org.slf4j;version=\"[1.7,2)\",io.tributary.api.connector;"
                        + "version=\"[1.0,2)\";resolution:=optional,io.tributary.api.flow,io.tributary.apis.other"));
        assertEquals("", FactsReader.platformRange("org.slf4j"));
        assertEquals("", FactsReader.platformRange(null));
    }

    @Test
    void theSummaryIsGivenOrTheFirstSentenceOfTheDescriptionOrTheName() {
        assertEquals("Given.", FactsReader.summary("Given.", "Described. More.", "Name"));
        assertEquals("Syncs tables, e.g. orders!", FactsReader.summary(null,
                "# Table sync\n\nSyncs tables,\ne.g. orders! Then more.", "Name"));
        assertEquals("Name", FactsReader.summary(null, "  ", "Name"));
        assertEquals("Name", FactsReader.summary(null, null, "Name"));
    }

    @Test
    void aLongFirstSentenceIsCutBetweenWordsWithAnEllipsis() {
        String summary = FactsReader.summary(null, "widgets ".repeat(100), "Name");

        assertEquals("widgets ".repeat(25).strip() + "…", summary);
        assertEquals(true, summary.length() <= FactsReader.MAX_SUMMARY, summary);
    }
}
