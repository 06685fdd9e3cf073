package com.kaoping.standard.internal;

import com.kaoping.scoring.Standard;
import com.kaoping.security.CurrentUser;
import com.kaoping.standard.InvalidStandardException;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.standard.StandardSummary;
import com.kaoping.web.BadRequestException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/standards")
class StandardController {

    private final StandardCatalog catalog;
    private final CurrentUser currentUser;

    StandardController(StandardCatalog catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @GetMapping
    List<StandardSummary> list() {
        return catalog.list();
    }

    /** The whole tree of the newest version, or of {@code ?version=}. */
    @GetMapping("/{code}")
    Standard get(@PathVariable String code, @RequestParam(required = false) Integer version) {
        return version == null ? catalog.get(code) : catalog.get(code, version);
    }

    /** Imports a standard file (YAML or JSON) as a version; validation errors name the place. */
    @PostMapping(consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, Object>> importFile(@RequestParam("file") MultipartFile file) throws IOException {
        StandardCatalog.ImportOutcome outcome;
        try {
            outcome = catalog.importFile(
                    file.getBytes(),
                    file.getOriginalFilename(),
                    currentUser.get().username());
        } catch (InvalidStandardException e) {
            throw new BadRequestException("file", e.getMessage());
        }
        HttpStatus status = outcome == StandardCatalog.ImportOutcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(Map.of("outcome", outcome.name()));
    }
}
