package io.tributary.connector.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tributary.api.connector.ConnectorException;

/**
 * RFC 8288 web linking: the answer's {@code Link: <...>; rel="next"} header is the next page's URL, used as it is
 * (it already carries the filters). The URL is resolved against the page's own URL.
 */
final class LinkPagination implements Pagination {

    private static final String KIND = "link";
    private static final Pattern LINK = Pattern.compile("<([^>]*)>((?:\\s*;\\s*[^;,]*)*)");
    private static final Pattern REL = Pattern.compile("(?i)\\brel\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;,\"]+))");

    private final String sizeParam;

    LinkPagination(String sizeParam) {
        this.sizeParam = sizeParam;
    }

    @Override
    public URI pageUrl(String cursor, int size, UrlFactory urls) throws ConnectorException {
        String next = Pagination.cursorValue(cursor, KIND);
        if (next != null) {
            try {
                return new URI(next);
            } catch (URISyntaxException e) {
                throw Json.invalid("cursor '" + cursor + "' does not hold a URL");
            }
        }
        return urls.withParams(sizeParam == null ? Map.of() : Map.of(sizeParam, Integer.toString(size)));
    }

    @Override
    public String nextCursor(String cursor, int size, PageResult result) throws ConnectorException {
        Optional<String> next = nextLink(result.headers().allValues("Link"));
        if (next.isEmpty() || result.recordCount() == 0) {
            return null;
        }
        try {
            return KIND + ":" + result.uri().resolve(new URI(next.get()));
        } catch (URISyntaxException e) {
            throw new ConnectorException("the Link header's next URL '" + next.get() + "' is not a URL", false);
        }
    }

    /** The target of the first link with relation type {@code next} in these header values. */
    static Optional<String> nextLink(List<String> headerValues) {
        for (String value : headerValues) {
            Matcher link = LINK.matcher(value);
            while (link.find()) {
                Matcher rel = REL.matcher(link.group(2));
                if (rel.find() && isNext(rel.group(1) != null ? rel.group(1) : rel.group(2))) {
                    return Optional.of(link.group(1).trim());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isNext(String relationTypes) {
        return List.of(relationTypes.toLowerCase(Locale.ROOT).trim().split("\\s+")).contains("next");
    }
}
