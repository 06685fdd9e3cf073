package com.kaoping.standard.internal;

import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.ScoringProblems;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.NotFoundException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scores without storing anything: the live score card of the task forms, and scripts' what-ifs. A task form names
 * its assessment's standard and version, so that its preview scores as the stored card will, whatever has been
 * imported since.
 */
@RestController
@RequestMapping("/api/scoring")
record ScoringPreviewController(StandardCatalog catalog) {
    @PostMapping("/preview")
    ScoreCard preview(@RequestBody PreviewRequest request) {
        Standard standard = standard(request);
        ScoringEngine engine = catalog.engine(standard.code(), standard.version());
        try {
            return engine.score(request.toInput());
        } catch (InvalidScoringInputException e) {
            throw ScoringProblems.badRequest(e);
        }
    }

    /**
     * The named version; without one, the active version when the code is the active standard's (or no code is
     * named), else the newest version of the code. An unknown code is 404, an unknown version of a known one 400.
     */
    private Standard standard(PreviewRequest request) {
        String code = request.standard() == null || request.standard().isBlank() ? null : request.standard();
        Standard named = code == null ? null : catalog.get(code);
        Integer version = request.version();
        if (version == null) {
            Standard active = catalog.active();
            return named == null || named.code().equals(active.code()) ? active : named;
        }
        String versionOf = named == null ? catalog.active().code() : named.code();
        try {
            return catalog.get(versionOf, version);
        } catch (NotFoundException e) {
            throw new BadRequestException(
                    "version", "problem.standard.versionNotFound", "standard", versionOf, "version", version);
        }
    }
}
