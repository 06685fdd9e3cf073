package com.kaoping.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.DatabaseOutage;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import com.kaoping.web.ProblemException;
import com.kaoping.web.ProblemRenderer;
import com.kaoping.web.Text;
import com.kaoping.web.Texts;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
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
 * Stack traces never leave the server. Every problem carries {@code code}, {@code args} and {@code text} in the
 * request's language (docs/i18n.md); {@code detail} is that text.
 */
@RestControllerAdvice
@RequiredArgsConstructor
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler implements ProblemRenderer {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Texts texts;

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
        return fieldProblem(texts, e.field(), e.text());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(texts, HttpStatus.NOT_FOUND, e);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(texts, HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(texts, HttpStatus.FORBIDDEN, e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(texts, HttpStatus.FORBIDDEN, Text.of("problem.forbidden"));
    }

    /** A file name with a NUL, a body cut short or a part without its headers: the client's upload is at fault. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail multipart(MultipartException e) {
        return fieldProblem(texts, "file", Text.of("problem.multipart"));
    }

    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejected(RequestRejectedException e) {
        return fieldProblem(texts, "body", Text.of("problem.rejectedCharacters"));
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
            ProblemDetail problem = problem(texts, HttpStatus.SERVICE_UNAVAILABLE, Text.of("problem.unavailable"));
            problem.setProperty("requestId", requestId);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        log.error("Unexpected error (request {})", requestId, e);
        ProblemDetail problem = problem(texts, HttpStatus.INTERNAL_SERVER_ERROR, Text.of("problem.unexpected"));
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
            return ResponseEntity.badRequest().body(fieldProblem(texts, problem.field(), problem.text()));
        }
        Text detail = cause instanceof JsonProcessingException json && json.getLocation() != null
                ? Text.of(
                        "problem.json.malformedAt",
                        "line",
                        json.getLocation().getLineNr(),
                        "column",
                        json.getLocation().getColumnNr())
                : Text.of("problem.json.missing");
        return ResponseEntity.badRequest().body(fieldProblem(texts, "body", detail));
    }

    /** An upload over spring.servlet.multipart's limits: the client's input is at fault, and it is the file. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Text text = ex.getMaxUploadSize() > 0
                ? Text.of("problem.file.tooLarge", "field", "file", "limit", ex.getMaxUploadSize())
                : Text.of("problem.file.overLimit", "field", "file");
        return ResponseEntity.badRequest().body(fieldProblem(texts, "file", text));
    }

    /** A body cut short surfaces as a mapping problem at the last open field; it is malformed JSON all the same. */
    private static boolean truncated(JsonMappingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().contains("end-of-input");
    }

    static ProblemDetail problem(Texts texts, HttpStatus status, ProblemException e) {
        return problem(texts, status, e.text());
    }

    static ProblemDetail problem(Texts texts, HttpStatusCode status, Text text) {
        String rendered = texts.render(text);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, rendered);
        problem.setTitle(texts.render(Text.of("problem.title." + status.value())));
        problem.setProperty("code", text.code());
        problem.setProperty("args", text.args());
        problem.setProperty("text", rendered);
        return problem;
    }

    static ProblemDetail fieldProblem(Texts texts, String field, Text text) {
        ProblemDetail problem = problem(texts, HttpStatus.BAD_REQUEST, text);
        problem.setProperty("field", field);
        problem.setProperty(
                "errors",
                List.of(Map.of(
                        "field", field, "message", problem.getDetail(), "code", text.code(), "args", text.args())));
        return problem;
    }
}
