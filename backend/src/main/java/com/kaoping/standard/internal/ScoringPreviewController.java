package com.kaoping.standard.internal;

import com.kaoping.scoring.InvalidScoringInputException;
import com.kaoping.scoring.ScoreCard;
import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.Standard;
import com.kaoping.standard.StandardCatalog;
import com.kaoping.web.BadRequestException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Scores without storing anything: the live score card of the self-assessment form, and scripts' what-ifs. */
@RestController
@RequestMapping("/api/scoring")
class ScoringPreviewController {

    private final StandardCatalog catalog;

    ScoringPreviewController(StandardCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/preview")
    ScoreCard preview(@RequestBody PreviewRequest request) {
        Standard standard = request.standard() == null || request.standard().isBlank()
                ? catalog.active()
                : catalog.get(request.standard());
        ScoringEngine engine = catalog.engine(standard.code(), standard.version());
        try {
            return engine.score(request.toInput());
        } catch (InvalidScoringInputException e) {
            throw new BadRequestException(e.field(), e.getMessage());
        }
    }
}
