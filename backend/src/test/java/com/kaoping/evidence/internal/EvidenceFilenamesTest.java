package com.kaoping.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EvidenceFilenamesTest {

    @Test
    void keepsAFittingNameAsItIs() {
        assertThat(EvidenceFilenames.sanitize("会议记录.pdf", EvidenceType.PDF)).isEqualTo("会议记录.pdf");
        assertThat(EvidenceFilenames.sanitize("photo.JPEG", EvidenceType.JPEG)).isEqualTo("photo.JPEG");
        assertThat(EvidenceFilenames.sanitize("台账.xlsx", EvidenceType.XLSX)).isEqualTo("台账.xlsx");
    }

    @Test
    void givesAMisnamedFileTheExtensionOfItsContent() {
        assertThat(EvidenceFilenames.sanitize("setup.exe", EvidenceType.PDF)).isEqualTo("setup.exe.pdf");
        assertThat(EvidenceFilenames.sanitize("scan", EvidenceType.PNG)).isEqualTo("scan.png");
        assertThat(EvidenceFilenames.sanitize("report.pdf", EvidenceType.DOCX)).isEqualTo("report.pdf.docx");
    }

    @Test
    void dropsPathsControlCharactersAndDirectionOverrides() {
        assertThat(EvidenceFilenames.sanitize("C:\\Users\\x\\a.pdf", EvidenceType.PDF))
                .isEqualTo("a.pdf");
        assertThat(EvidenceFilenames.sanitize("../../etc/passwd", EvidenceType.PDF))
                .isEqualTo("passwd.pdf");
        assertThat(EvidenceFilenames.sanitize("a\r\nb.pdf", EvidenceType.PDF)).isEqualTo("ab.pdf");
        assertThat(EvidenceFilenames.sanitize("invoice\u202Efdp.exe", EvidenceType.PDF))
                .isEqualTo("invoicefdp.exe.pdf");
        assertThat(EvidenceFilenames.sanitize(null, EvidenceType.GIF)).isEqualTo("evidence.gif");
        assertThat(EvidenceFilenames.sanitize("  ", EvidenceType.GIF)).isEqualTo("evidence.gif");
        assertThat(EvidenceFilenames.sanitize("dir/", EvidenceType.GIF)).isEqualTo("evidence.gif");
        assertThat(EvidenceFilenames.sanitize("..", EvidenceType.GIF)).isEqualTo("evidence.gif");
    }

    @Test
    void capsTheLengthWithoutSplittingACharacter() {
        String name = EvidenceFilenames.sanitize("😀".repeat(300), EvidenceType.PDF);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(EvidenceFilenames.MAX_LENGTH);
        assertThat(name).endsWith("😀.pdf");
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheUtf8Name() {
        assertThat(EvidenceFilenames.contentDisposition("会议 记录\"%.pdf"))
                .isEqualTo(
                        "attachment; "
                                + "filename=\"__ ____.pdf\"; filename*=UTF-8''%E4%BC%9A%E8%AE%AE%20%E8%AE%B0%E5%BD%95%22%25.pdf");
        assertThat(EvidenceFilenames.contentDisposition("a.pdf"))
                .isEqualTo("attachment; filename=\"a.pdf\"; filename*=UTF-8''a.pdf");
    }
}
