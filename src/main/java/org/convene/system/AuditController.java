package org.convene.system;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit} (admins only, by {@code security/ApiAccess}): the audit trail, newest first. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    /**
     * One page of entries, newest first, with {@code X-Total-Count}: {@code entity} (an id) finds
     * the entries about it and those that name it (an import's); {@code from} and {@code to} are
     * days in the application's time zone, both included.
     */
    @GetMapping
    ResponseEntity<List<AuditEntry>> find(
            @RequestParam(required = false) String entity,
            @RequestParam(required = false) String user,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String offset) {
        AuditLog.Page page = log.find(AuditLog.Query.parse(entity, user, from, to, limit, offset));
        return ResponseEntity.ok()
                .header("X-Total-Count", Long.toString(page.total()))
                .body(page.entries());
    }
}
