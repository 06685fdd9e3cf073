package com.kaoping.standard.internal;

import com.kaoping.standard.StandardCatalog;
import com.kaoping.web.ConflictException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** Imports the standards shipped under standards/ at start-up; an invalid file stops the application. */
@Component
@Order(-10)
class BundledStandards implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BundledStandards.class);

    private final StandardCatalog catalog;
    private final String location;

    BundledStandards(StandardCatalog catalog, StandardsProperties properties) {
        this.catalog = catalog;
        this.location = properties.bundled();
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(location)) {
            try (InputStream in = resource.getInputStream()) {
                StandardCatalog.ImportOutcome outcome =
                        catalog.importFile(in.readAllBytes(), resource.getFilename(), "system");
                log.info("Bundled standard {}: {}", resource.getFilename(), outcome);
            } catch (ConflictException e) {
                // the stored version keeps serving; the edited file needs a new version number
                log.warn("Bundled standard {} not imported: {}", resource.getFilename(), e.getMessage());
            }
        }
    }
}
