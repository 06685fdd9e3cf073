package com.kaoping.evidence.internal;

/** The file types accepted as evidence, with the media type they are served as. */
enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    GIF("image/gif", "gif"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx");

    private final String mediaType;
    private final String extension;

    EvidenceType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }
}
