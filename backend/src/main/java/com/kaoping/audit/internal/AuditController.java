package com.kaoping.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.kaoping.web.BadRequestException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The security audit log for administrators: newest first, paged, narrowed by type and actor. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
class AuditController {

    static final int MAX_SIZE = 200;

    private final AuditEventMapper mapper;
    private final ObjectMapper json;

    @GetMapping("/api/audit/events")
    Page events(
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new BadRequestException("page", "problem.range.min", "min", 0);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "problem.range", "min", 1, "max", MAX_SIZE);
        }
        String t = blankToNull(type);
        String a = blankToNull(actor);
        List<Event> events = mapper.find(t, a, size, (long) page * size).stream()
                .map(this::view)
                .toList();
        return new Page(events, page, size, mapper.count(t, a));
    }

    private Event view(AuditEventRow row) {
        try {
            Map<String, String> details =
                    row.details == null ? Map.of() : json.readValue(row.details, new TypeReference<>() {});
            return new Event(row.id, row.occurredAt, row.type, row.actor, row.target, details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    record Event(long id, Instant occurredAt, String type, String actor, String target, Map<String, String> details) {}

    record Page(List<Event> events, int page, int size, long total) {}
}
