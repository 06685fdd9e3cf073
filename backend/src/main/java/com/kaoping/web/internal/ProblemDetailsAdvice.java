package com.kaoping.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.DatabaseOutage;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import com.kaoping.web.ProblemRenderer;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every API error as an RFC 9457 problem detail; a 400 carries {@code field} naming the offending entry.
 * Stack traces never leave the server.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler implements ProblemRenderer {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    public ProblemDetail render(RuntimeException e) {
        // the same handlers as a single request's answer
        if (e instanceof BadRequestException bad) {
            return badRequest(bad);
        }
        if (e instanceof NotFoundException missing) {
            return notFound(missing);
        }
        if (e instanceof ConflictException conflict) {
            return conflict(conflict);
        }
        if (e instanceof ForbiddenException forbidden) {
            return forbidden(forbidden);
        }
        if (e instanceof AccessDeniedException denied) {
            return forbidden(denied);
        }
        return null;
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return fieldProblem(e.field(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this.");
    }

    /** A file name with a NUL, a body cut short or a part without its headers: the client's upload is at fault. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return fieldProblem("file", "The multipart body or its file name cannot be read");
    }

    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return fieldProblem("body", "The request contains characters that are not allowed");
    }

    /**
     * A server fault: 503 with Retry-After while the database cannot be reached, else 500. Either way only the
     * request id leaves the server; the log has the rest under the same id.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        String requestId = RequestIdFilter.current(request);
        if (DatabaseOutage.causedBy(e)) {
            log.warn("Database unavailable (request {}): {}", requestId, e.toString());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, "The service is briefly unavailable; try again shortly.");
            problem.setProperty("requestId", requestId);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        log.error("Unexpected error (request {})", requestId, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged.");
        problem.setProperty("requestId", requestId);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /** Malformed JSON, or a value of the wrong type: name the path where Jackson knows it. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getCause();
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty() && !truncated(mapping)) {
            JsonPaths.Problem problem = JsonPaths.problem(mapping);
            return ResponseEntity.badRequest().body(fieldProblem(problem.field(), problem.message()));
        }
        String detail = cause instanceof JsonProcessingException json && json.getLocation() != null
                ? "Malformed JSON at line " + json.getLocation().getLineNr() + ", column "
                        + json.getLocation().getColumnNr()
                : "The request body is missing or is not valid JSON";
        return ResponseEntity.badRequest().body(fieldProblem("body", detail));
    }

    /** An upload over spring.servlet.multipart's limits: the client's input is at fault, and it is the file. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String limit = ex.getMaxUploadSize() > 0 ? " of " + ex.getMaxUploadSize() + " bytes" : "";
        return ResponseEntity.badRequest().body(fieldProblem("file", "file is larger than the limit" + limit));
    }

    /** A body cut short surfaces as a mapping problem at the last open field; it is malformed JSON all the same. */
    private static boolean truncated(JsonMappingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
    }

    static ProblemDetail fieldProblem(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setTitle("Invalid input");
        problem.setProperty("field", field);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
