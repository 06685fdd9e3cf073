package com.kaoping.standard;

import com.kaoping.scoring.ScoringEngine;
import com.kaoping.scoring.Standard;
import java.util.List;

/** The imported standards and a scoring engine for each. */
public interface StandardCatalog {

    List<StandardSummary> list();

    /** The newest version of {@code code}; NotFoundException if there is none. */
    Standard get(String code);

    Standard get(String code, int version);

    /** The standard used when a caller names none. */
    Standard active();

    /** A (cached) engine for a standard version. */
    ScoringEngine engine(String code, int version);

    /**
     * Parses, validates and stores a standard file as a version. Re-importing identical content changes nothing;
     * changed content replaces a version only while no cycle uses it.
     *
     * @throws InvalidStandardException the file is not a valid standard (the message names the place)
     * @throws com.kaoping.web.ConflictException the version is in use by a cycle and the content differs
     */
    ImportOutcome importFile(byte[] content, String sourceName, String importedBy);

    /**
     * Validates and stores a standard already read (e.g. from an Excel table), with the same version rules as
     * {@link #importFile}.
     *
     * @throws InvalidStandardException the standard is not valid
     */
    ImportOutcome importStandard(Standard standard, String importedBy);

    /** The newest version number of {@code code}, or 0 when none has been imported. */
    int latestVersion(String code);

    /** Freezes a version: a cycle now uses it. */
    void markInUse(String code, int version);

    /** What an import did. */
    enum ImportOutcome {
        CREATED,
        UNCHANGED,
        REPLACED
    }
}
