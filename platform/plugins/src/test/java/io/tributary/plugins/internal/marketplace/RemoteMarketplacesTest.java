package io.tributary.plugins.internal.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RemoteMarketplacesTest {

    @Test
    void entriesAreReadFromTheArrayAndFromCommaSeparatedText() {
        List<MarketplaceSource> sources = RemoteMarketplaces.parse(new String[] {
            "partner https://mp.example.com:8181 tok_abc, community https://market.example.org",
            "third http://10.0.0.3:8181 tok"}, LoggerFactory.getLogger(getClass()));

        assertEquals(List.of("partner", "community", "third"), sources.stream().map(MarketplaceSource::name).toList());
    }

    @Test
    void unusableEntriesAreLeftOutAndTheOthersKept() {
        List<MarketplaceSource> sources = RemoteMarketplaces.parse(new String[] {
            "local https://mp.example.com tok", "partner ftp://mp.example.com tok", "lonely",
            "partner https://mp.example.com tok", "partner https://other.example.com tok"},
            LoggerFactory.getLogger(getClass()));

        assertEquals(List.of("partner"), sources.stream().map(MarketplaceSource::name).toList());
    }
}
