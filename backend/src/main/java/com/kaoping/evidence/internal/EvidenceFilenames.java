package com.kaoping.evidence.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Safe stored names for uploaded files and the Content-Disposition header that serves them back. */
final class EvidenceFilenames {

    static final int MAX_LENGTH = 255;

    /** The extensions a file of each type may keep; anything else gets the type's own appended. */
    private static final Map<EvidenceType, List<String>> EXTENSIONS = Map.of(
            EvidenceType.PDF, List.of("pdf"),
            EvidenceType.PNG, List.of("png"),
            EvidenceType.JPEG, List.of("jpg", "jpeg"),
            EvidenceType.GIF, List.of("gif"),
            EvidenceType.DOCX, List.of("docx"),
            EvidenceType.XLSX, List.of("xlsx"),
            EvidenceType.PPTX, List.of("pptx"));

    private EvidenceFilenames() {}

    /**
     * The client's name without any path, control characters or surrounding blanks, at most 255 characters,
     * ending in an extension that fits the detected type (so "setup.exe" holding a PDF is saved as "setup.exe.pdf").
     */
    static String sanitize(String original, EvidenceType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069]", "")
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "evidence";
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String suffix = EXTENSIONS.get(type).contains(extension) ? "" : "." + type.extension();
        int room = MAX_LENGTH - suffix.length();
        if (name.codePointCount(0, name.length()) > room) {
            name = name.substring(0, name.offsetByCodePoints(0, room));
        }
        return name + suffix;
    }

    /** {@code attachment} with a plain ASCII fallback and the exact name as an RFC 5987 UTF-8 {@code filename*}. */
    static String contentDisposition(String filename) {
        StringBuilder fallback = new StringBuilder();
        for (char c : filename.toCharArray()) {
            fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + percentEncode(filename);
    }

    private static String percentEncode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isAttrChar(c)) {
                out.write(c);
            } else {
                out.write('%');
                out.write(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
                out.write(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    /** RFC 5987 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~". */
    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
