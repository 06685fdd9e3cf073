/**
 * Scoring standards as versioned data: parsing and validating standard files, importing them as versions,
 * the catalogue other features read, and the scoring preview.
 * Public API: {@link com.kaoping.standard.StandardCatalog}, {@link com.kaoping.standard.StandardSummary},
 * {@link com.kaoping.standard.StandardFileParser}, {@link com.kaoping.standard.InvalidStandardException}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Standards",
        allowedDependencies = {"org", "scoring", "security", "web"})
package com.kaoping.standard;
