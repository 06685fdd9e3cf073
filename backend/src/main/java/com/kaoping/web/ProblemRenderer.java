package com.kaoping.web;

import org.springframework.http.ProblemDetail;

/**
 * Renders a client's error as the problem detail its request would have been answered with, for answers that carry
 * several outcomes (e.g. a bulk completion's result per task).
 */
public interface ProblemRenderer {

    /** The problem for {@link BadRequestException}, {@link ForbiddenException}, {@link NotFoundException},
     * {@link ConflictException} or Spring Security's access denial; null for anything else (a server fault). */
    ProblemDetail render(RuntimeException e);
}
