package org.convene.system;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for admins at {@code /admin/audit} (the pages' filter chain lets only admins
 * in): newest first, a page at a time, filtered like {@code GET /api/audit}.
 */
@Controller
class AuditPage {

    /** Entries per page. */
    static final int PAGE_SIZE = 50;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditLog log;
    private final Today today;

    AuditPage(AuditLog log, Today today) {
        this.log = log;
        this.today = today;
    }

    /** An entry as the page shows it: the time in the application's zone, each change on a line. */
    record Row(
            String when,
            String user,
            String action,
            String entityType,
            String entityId,
            String label,
            List<Line> changes) {}

    /** One changed field. */
    record Line(String field, String before, String after) {}

    @GetMapping("/admin/audit")
    String audit(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") String page,
            Authentication authentication,
            HttpServletResponse response,
            Model model) {
        model.addAttribute("page", "audit");
        model.addAttribute("username", authentication.getName());
        model.addAttribute("canEdit", true);
        model.addAttribute("entity", Objects.toString(entity, ""));
        model.addAttribute("user", Objects.toString(user, ""));
        model.addAttribute("from", Objects.toString(from, ""));
        model.addAttribute("to", Objects.toString(to, ""));
        int current = pageNumber(page);
        AuditLog.Page found;
        try {
            found = log.find(AuditLog.Query.parse(
                    entity, user, from, to, Integer.toString(PAGE_SIZE), Long.toString((current - 1L) * PAGE_SIZE)));
        } catch (InvalidRequestException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("entries", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("current", 1);
            model.addAttribute("pages", 1L);
            return "audit";
        }
        long pages = Math.max(1, (found.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("entries", found.entries().stream().map(this::row).toList());
        model.addAttribute("total", found.total());
        model.addAttribute("current", current);
        model.addAttribute("pages", pages);
        model.addAttribute("first", found.entries().isEmpty() ? 0 : (current - 1L) * PAGE_SIZE + 1);
        model.addAttribute("last", (current - 1L) * PAGE_SIZE + found.entries().size());
        return "audit";
    }

    /** The page asked for; anything but a positive number is the first. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private Row row(AuditEntry entry) {
        return new Row(
                entry.at() == null ? "" : WHEN.format(entry.at().withZoneSameInstant(today.zone())),
                entry.user(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.label(),
                entry.changes().entrySet().stream()
                        .map(change -> new Line(
                                change.getKey(),
                                shown(change.getValue().before()),
                                shown(change.getValue().after())))
                        .toList());
    }

    private static String shown(Object value) {
        if (value instanceof List<?> items) {
            return String.join(", ", items.stream().map(String::valueOf).toList());
        }
        return value == null ? "—" : value.toString();
    }
}
