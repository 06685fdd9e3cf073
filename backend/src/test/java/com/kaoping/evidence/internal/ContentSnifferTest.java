package com.kaoping.evidence.internal;

import static com.kaoping.evidence.internal.TestFiles.concat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

    @Test
    void recognisesEachAcceptedType() {
        assertThat(ContentSniffer.detect(TestFiles.pdf())).contains(EvidenceType.PDF);
        assertThat(ContentSniffer.detect(TestFiles.png())).contains(EvidenceType.PNG);
        assertThat(ContentSniffer.detect(TestFiles.jpeg())).contains(EvidenceType.JPEG);
        assertThat(ContentSniffer.detect(TestFiles.gif())).contains(EvidenceType.GIF);
        assertThat(ContentSniffer.detect("GIF87a..".getBytes(StandardCharsets.US_ASCII)))
                .contains(EvidenceType.GIF);
        assertThat(ContentSniffer.detect(TestFiles.docx())).contains(EvidenceType.DOCX);
        assertThat(ContentSniffer.detect(TestFiles.xlsx())).contains(EvidenceType.XLSX);
        assertThat(ContentSniffer.detect(TestFiles.pptx())).contains(EvidenceType.PPTX);
    }

    @Test
    void refusesWhatItDoesNotKnowWhateverItIsCalled() {
        assertThat(ContentSniffer.detect(TestFiles.exe())).isEmpty();
        assertThat(ContentSniffer.detect(TestFiles.html())).isEmpty();
        assertThat(ContentSniffer.detect("plain text".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
        assertThat(ContentSniffer.detect(null)).isEmpty();
        // the magic must be at the very start
        assertThat(ContentSniffer.detect(concat(" ".getBytes(StandardCharsets.US_ASCII), TestFiles.pdf())))
                .isEmpty();
    }

    @Test
    void aTruncatedSignatureIsNotEnough() {
        assertThat(ContentSniffer.detect("%PDF".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ContentSniffer.detect(Arrays.copyOf(TestFiles.png(), 7))).isEmpty();
        assertThat(ContentSniffer.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ContentSniffer.detect("GIF89".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void aZipIsOfficeOpenXmlOnlyWithContentTypesAndOneKindOfMainPart() {
        assertThat(ContentSniffer.detect(TestFiles.zip("readme.txt", "word/document.xml")))
                .isEmpty();
        assertThat(ContentSniffer.detect(TestFiles.zip("[Content_Types].xml", "other/thing.xml")))
                .isEmpty();
        assertThat(ContentSniffer.detect(TestFiles.zip("[Content_Types].xml", "word/document.xml", "xl/workbook.xml")))
                .isEmpty();
        // a zip that only mentions the name inside a file, not as an entry
        assertThat(ContentSniffer.detect(TestFiles.zip("notes/[Content_Types].xml.txt", "word/document.xml")))
                .isEmpty();
        // a jar is a zip too
        assertThat(ContentSniffer.detect(TestFiles.zip("META-INF/MANIFEST.MF", "Main.class")))
                .isEmpty();
    }

    @Test
    void aBrokenZipIsRefusedWithoutAnException() {
        byte[] docx = TestFiles.docx();
        assertThat(ContentSniffer.detect(Arrays.copyOf(docx, docx.length - 10))).isEmpty();
        assertThat(ContentSniffer.detect(Arrays.copyOf(docx, 4))).isEmpty();
        assertThat(ContentSniffer.detect(concat(new byte[] {'P', 'K', 3, 4}, new byte[100])))
                .isEmpty();

        // central directory offset pointing past the end
        byte[] bad = docx.clone();
        int eocd = bad.length - 22;
        bad[eocd + 16] = (byte) 0xFF;
        bad[eocd + 17] = (byte) 0xFF;
        bad[eocd + 18] = (byte) 0xFF;
        bad[eocd + 19] = (byte) 0x7F;
        assertThat(ContentSniffer.detect(bad)).isEmpty();

        // a name length running off the end
        for (int i = 0; i < docx.length; i++) {
            byte[] corrupt = docx.clone();
            corrupt[i] = (byte) 0xFF;
            Optional<EvidenceType> ignored = ContentSniffer.detect(corrupt);
            assertThat(ignored).isNotNull();
        }
    }

    @Test
    void aZipWithACommentIsStillRead() {
        byte[] docx = TestFiles.docx();
        // append a 5-byte comment to the end-of-central-directory record
        byte[] comment = "hello".getBytes(StandardCharsets.US_ASCII);
        byte[] withComment = concat(docx, comment);
        withComment[docx.length - 2] = (byte) comment.length;
        assertThat(ContentSniffer.detect(withComment)).contains(EvidenceType.DOCX);
    }
}
