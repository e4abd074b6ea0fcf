package io.tributary.integrations.internal;

import java.util.Set;

/** Names made unique the way people number copies: "Orders", "Orders (2)", "Orders (3)". */
final class Names {

    private Names() {
    }

    /** @param taken names in use; the result is not added */
    static String unique(String wanted, Set<String> taken) {
        String name = wanted.strip();
        for (int n = 2; taken.contains(name); n++) {
            name = wanted.strip() + " (" + n + ")";
        }
        return name;
    }
}
