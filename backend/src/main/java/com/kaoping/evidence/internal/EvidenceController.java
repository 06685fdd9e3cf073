package com.kaoping.evidence.internal;

import com.kaoping.security.CurrentUser;
import com.kaoping.web.BadRequestException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
record EvidenceController(EvidenceService evidence, CurrentUser currentUser) {
    /** Multipart {@code file}, optionally with {@code clause} or {@code bonusRule}; the type comes from the bytes. */
    @PostMapping(path = "/api/assessments/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> upload(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String clause,
            @RequestParam(required = false) String bonusRule)
            throws IOException {
        if (file == null) {
            throw new BadRequestException("file", "problem.file.empty");
        }
        EvidenceView created =
                evidence.upload(id, currentUser.get(), file.getOriginalFilename(), file.getBytes(), clause, bonusRule);
        return ResponseEntity.created(URI.create("/api/evidence/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/assessments/{id}/evidence")
    List<EvidenceView> list(@PathVariable long id) {
        return evidence.list(id, currentUser.get());
    }

    /** Always an attachment with the detected type and nosniff: evidence is never rendered in Kaoping's origin. */
    @GetMapping("/api/evidence/{evidenceId}")
    ResponseEntity<byte[]> download(@PathVariable long evidenceId) {
        EvidenceRow row = evidence.download(evidenceId, currentUser.get());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(row.contentType))
                .contentLength(row.content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, EvidenceFilenames.contentDisposition(row.filename))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .eTag('"' + row.sha256 + '"')
                .body(row.content);
    }

    @DeleteMapping("/api/evidence/{evidenceId}")
    ResponseEntity<Void> delete(@PathVariable long evidenceId) {
        evidence.delete(evidenceId, currentUser.get());
        return ResponseEntity.noContent().build();
    }
}
