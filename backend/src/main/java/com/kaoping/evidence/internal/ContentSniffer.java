package com.kaoping.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Detects an evidence file's type from its first bytes (and, for Office Open XML, from the zip's central
 * directory), never from its name or the client's Content-Type: a renamed executable or an HTML page stays
 * what it is. Pure Java, no I/O; the zip is read without inflating anything, so a zip bomb costs nothing.
 */
final class ContentSniffer {

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = ascii("GIF87a");
    private static final byte[] GIF89 = ascii("GIF89a");
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};

    private static final int EOCD_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int EOCD_SIZE = 22;
    private static final int CENTRAL_HEADER_SIZE = 46;
    private static final int MAX_ZIP_COMMENT = 0xFFFF;
    /** Real Office documents have tens to a few hundred parts. */
    private static final int MAX_ZIP_ENTRIES = 10_000;

    private static final String CONTENT_TYPES = "[Content_Types].xml";

    private ContentSniffer() {}

    static Optional<EvidenceType> detect(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, PDF)) {
            return Optional.of(EvidenceType.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(EvidenceType.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(EvidenceType.JPEG);
        }
        if (startsWith(content, GIF87) || startsWith(content, GIF89)) {
            return Optional.of(EvidenceType.GIF);
        }
        if (startsWith(content, ZIP_LOCAL)) {
            return officeOpenXml(content);
        }
        return Optional.empty();
    }

    /** A zip is OOXML when its central directory lists [Content_Types].xml; the main part's folder says which. */
    private static Optional<EvidenceType> officeOpenXml(byte[] zip) {
        Set<String> names = centralDirectoryNames(zip);
        if (names == null || !names.contains(CONTENT_TYPES)) {
            return Optional.empty();
        }
        boolean word = names.stream().anyMatch(n -> n.startsWith("word/"));
        boolean excel = names.stream().anyMatch(n -> n.startsWith("xl/"));
        boolean powerPoint = names.stream().anyMatch(n -> n.startsWith("ppt/"));
        // exactly one kind of main part, or it is no document we know
        if (word && !excel && !powerPoint) {
            return Optional.of(EvidenceType.DOCX);
        }
        if (excel && !word && !powerPoint) {
            return Optional.of(EvidenceType.XLSX);
        }
        if (powerPoint && !word && !excel) {
            return Optional.of(EvidenceType.PPTX);
        }
        return Optional.empty();
    }

    /** The entry names of the zip's central directory, or null when it is not a well-formed single-disk zip. */
    private static Set<String> centralDirectoryNames(byte[] zip) {
        int eocd = -1;
        int lowest = Math.max(0, zip.length - EOCD_SIZE - MAX_ZIP_COMMENT);
        for (int i = zip.length - EOCD_SIZE; i >= lowest; i--) {
            if (int32(zip, i) == EOCD_SIGNATURE) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            return null;
        }
        int entries = int16(zip, eocd + 10);
        long size = uint32(zip, eocd + 12);
        long offset = uint32(zip, eocd + 16);
        if (entries > MAX_ZIP_ENTRIES || offset + size > eocd) {
            return null;
        }
        Set<String> names = new HashSet<>();
        int pos = (int) offset;
        for (int i = 0; i < entries; i++) {
            if (pos + CENTRAL_HEADER_SIZE > eocd || int32(zip, pos) != CENTRAL_SIGNATURE) {
                return null;
            }
            int nameLength = int16(zip, pos + 28);
            int extraLength = int16(zip, pos + 30);
            int commentLength = int16(zip, pos + 32);
            int nameStart = pos + CENTRAL_HEADER_SIZE;
            if (nameStart + nameLength > eocd) {
                return null;
            }
            names.add(new String(zip, nameStart, nameLength, StandardCharsets.UTF_8));
            pos = nameStart + nameLength + extraLength + commentLength;
        }
        return names;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int int16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int int32(byte[] b, int at) {
        return int16(b, at) | int16(b, at + 2) << 16;
    }

    private static long uint32(byte[] b, int at) {
        return int32(b, at) & 0xFFFFFFFFL;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
