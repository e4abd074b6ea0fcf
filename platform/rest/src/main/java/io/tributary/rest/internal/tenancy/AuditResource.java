package io.tributary.rest.internal.tenancy;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tributary.api.problem.FieldError;
import io.tributary.api.problem.Problem;
import io.tributary.api.problem.ProblemException;
import io.tributary.api.tenancy.AuditEntry;
import io.tributary.api.tenancy.AuditService;
import io.tributary.rest.internal.ApiServlet;
import io.tributary.rest.internal.auth.CallerPrincipal;
import io.tributary.rest.internal.paging.ListPage;
import io.tributary.rest.internal.problem.Problems;

/** The audit log: who changed what, when; never secrets. */
@Component(service = AuditResource.class, property = ApiServlet.RESOURCE_PROPERTY + "=true")
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tenancy")
public class AuditResource {

    /**
     * How many of the newest entries can be paged through. The audit service has no cursor of its own yet, so
     * older entries are reached by narrowing {@code workspace} or {@code since}.
     */
    static final int WINDOW = 5_000;

    private final AuditService audit;

    @Activate
    public AuditResource(@Reference AuditService audit) {
        this.audit = audit;
    }

    @GET
    @Operation(summary = "Changes the caller may see, newest first")
    public ListPage<AuditEntry> entries(@QueryParam("workspace") String workspaceId,
                                        @Parameter(description = "ISO-8601; only changes at or after it")
                                        @QueryParam("since") String since,
                                        @QueryParam("limit") Integer limit, @QueryParam("cursor") String cursor,
                                        @Context SecurityContext security) {
        List<AuditEntry> entries = audit.entries(CallerPrincipal.callerOf(security), workspaceId, instant(since),
                WINDOW);
        return ListPage.sorting(entries, AuditResource::newestFirst, limit, cursor);
    }

    /** Sorts ascending in the order newest first, ties by id; entries are from after 1970. */
    private static String newestFirst(AuditEntry entry) {
        Instant at = entry.at();
        return String.format("%019d%09d", Long.MAX_VALUE - at.getEpochSecond(), 999_999_999 - at.getNano())
                + entry.id();
    }

    private static Instant instant(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            FieldError error = new FieldError("since", "must be an ISO-8601 UTC time such as 2026-01-31T00:00:00Z");
            throw new ProblemException(new Problem("about:blank", Problems.title(400), 400,
                    "Invalid query parameter since", List.of(error)));
        }
    }
}
