package com.kaoping.report.internal;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font embedded (as a subset) in every PDF, so Chinese is real text on any reader. It comes from a Debian
 * package installed by .ci/run (fonts-wqy-microhei: WenQuanYi Micro Hei, Apache-2.0 or GPLv3 with the font
 * exception); no Maven Central artifact ships a CJK TrueType font. Nothing is fetched at run time: set
 * kaoping.report.cjk-font to another TrueType file (a .ttc needs ",index") where the package is not installed
 * (docs/reports.md).
 */
@Component
class CjkFont {

    private static final Logger log = LoggerFactory.getLogger(CjkFont.class);

    /** Debian's locations of the fonts tried when none is configured, best first. */
    private static final List<String> DEBIAN = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final String configured;
    private volatile BaseFont font;

    CjkFont(@Value("${kaoping.report.cjk-font:}") String configured) {
        this.configured = configured;
        if (location() == null) {
            log.warn("No CJK font found (kaoping.report.cjk-font, or Debian's fonts-wqy-microhei): PDF reports fail");
        }
    }

    private String location() {
        List<String> candidates = configured.isBlank() ? DEBIAN : List.of(configured);
        for (String candidate : candidates) {
            String file = candidate.matches(".*\\.ttc,\\d+$")
                    ? candidate.substring(0, candidate.lastIndexOf(','))
                    : candidate;
            if (Files.isReadable(Path.of(file))) {
                return candidate;
            }
        }
        return null;
    }

    BaseFont get() {
        BaseFont loaded = font;
        if (loaded == null) {
            String location = location();
            if (location == null) {
                throw new IllegalStateException(
                        "No CJK font for PDF reports: install fonts-wqy-microhei or set kaoping.report.cjk-font");
            }
            try {
                // Identity-H with embedding: OpenPDF embeds the subset of glyphs a document uses
                loaded = BaseFont.createFont(location, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            } catch (Exception e) {
                throw new IllegalStateException("The CJK font " + location + " cannot be read", e);
            }
            font = loaded;
        }
        return loaded;
    }
}
