package com.kaoping.evidence.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.kaoping.assessment.AssessmentAccess;
import com.kaoping.assessment.AssessmentRef;
import com.kaoping.org.Role;
import com.kaoping.org.UserAccount;
import com.kaoping.web.BadRequestException;
import com.kaoping.web.ConflictException;
import com.kaoping.web.ForbiddenException;
import com.kaoping.web.NotFoundException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The evidence rules with the assessment feature's access checks mocked (its implementation lives elsewhere). */
class EvidenceServiceTest {

    private static final UserAccount BRANCH01 = new UserAccount(1, "branch01", "B01", Role.BRANCH, "B01", null, true);
    private static final UserAccount BRANCH02 = new UserAccount(2, "branch02", "B02", Role.BRANCH, "B02", null, true);
    private static final UserAccount LEADER = new UserAccount(3, "leader", "L", Role.LEADER, null, "LEAD", true);
    private static final AssessmentRef OPEN = new AssessmentRef(10, 5, "B01", false);

    private final EvidenceMapper mapper = mock(EvidenceMapper.class);
    private final AssessmentAccess access = mock(AssessmentAccess.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
    private final EvidenceService service = new EvidenceService(mapper, access, 1024, clock);

    @BeforeEach
    void rules() {
        when(access.checkWritableByBranch(10, BRANCH01)).thenReturn(OPEN);
        when(access.checkWritableByBranch(10, BRANCH02)).thenThrow(new ForbiddenException("not yours"));
        when(access.checkWritableByBranch(11, BRANCH01)).thenThrow(new ConflictException("locked"));
        when(access.checkReadable(10, BRANCH01)).thenReturn(OPEN);
        when(access.checkReadable(10, LEADER)).thenReturn(OPEN);
        when(access.checkReadable(10, BRANCH02)).thenThrow(new ForbiddenException("not yours"));
        doAnswer(call -> {
                    call.<EvidenceRow>getArgument(0).id = 99L;
                    return null;
                })
                .when(mapper)
                .insert(any());
    }

    @Test
    void storesAnAcceptedFileWithWhatItReallyIs() throws Exception {
        byte[] pdf = TestFiles.pdf();
        EvidenceView view = service.upload(10, BRANCH01, "证明材料.pdf", pdf, " 1.1 ", null);

        ArgumentCaptor<EvidenceRow> row = ArgumentCaptor.forClass(EvidenceRow.class);
        verify(mapper).insert(row.capture());
        assertThat(row.getValue().content).isEqualTo(pdf);
        assertThat(view.id()).isEqualTo(99L);
        assertThat(view.assessmentId()).isEqualTo(10);
        assertThat(view.clause()).isEqualTo("1.1");
        assertThat(view.bonusRule()).isNull();
        assertThat(view.filename()).isEqualTo("证明材料.pdf");
        assertThat(view.contentType()).isEqualTo("application/pdf");
        assertThat(view.sizeBytes()).isEqualTo(pdf.length);
        assertThat(view.sha256())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(view.uploadedBy()).isEqualTo("branch01");
        assertThat(view.uploadedAt()).isEqualTo(Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        EvidenceView view = service.upload(10, BRANCH01, "scan.pdf", TestFiles.png(), null, "88");
        assertThat(view.contentType()).isEqualTo("image/png");
        assertThat(view.filename()).isEqualTo("scan.pdf.png");
        assertThat(view.bonusRule()).isEqualTo(88);

        assertFileRefused(() -> service.upload(10, BRANCH01, "report.pdf", TestFiles.exe(), null, null));
        assertFileRefused(() -> service.upload(10, BRANCH01, "page.pdf", TestFiles.html(), null, null));
    }

    @Test
    void refusesEmptyAndOversizedFiles() {
        assertFileRefused(() -> service.upload(10, BRANCH01, "a.pdf", new byte[0], null, null));
        assertFileRefused(() -> service.upload(10, BRANCH01, "a.pdf", null, null, null));
        byte[] big = TestFiles.concat(TestFiles.pdf(), new byte[1024]);
        assertFileRefused(() -> service.upload(10, BRANCH01, "a.pdf", big, null, null));
        byte[] exactly = TestFiles.concat(TestFiles.pdf(), new byte[1024 - TestFiles.pdf().length]);
        assertThat(service.upload(10, BRANCH01, "a.pdf", exactly, null, null).sizeBytes())
                .isEqualTo(1024);
    }

    @Test
    void namesTheOffendingParameter() {
        assertThatThrownBy(() -> service.upload(10, BRANCH01, "a.pdf", TestFiles.pdf(), "1.1", "88"))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("bonusRule"));
        assertThatThrownBy(() -> service.upload(10, BRANCH01, "a.pdf", TestFiles.pdf(), null, "x"))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("bonusRule"));
        assertThatThrownBy(() -> service.upload(10, BRANCH01, "a.pdf", TestFiles.pdf(), null, "-1"))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("bonusRule"));
        assertThatThrownBy(() -> service.upload(10, BRANCH01, "a.pdf", TestFiles.pdf(), "<script>", null))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("clause"));
        assertThatThrownBy(() -> service.upload(10, BRANCH01, "a.pdf", TestFiles.pdf(), "1.1.1.1.1.1.1.1.1", null))
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("clause"));
        verify(mapper, never()).insert(any());
    }

    @Test
    void onlyTheAssessmentsBranchUploadsAndOnlyUntilItIsLocked() {
        // access is checked first: a stranger's invalid file is 403, not 400
        assertThatThrownBy(() -> service.upload(10, BRANCH02, "a.exe", TestFiles.exe(), null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.upload(11, BRANCH01, "a.pdf", TestFiles.pdf(), null, null))
                .isInstanceOf(ConflictException.class);
        verify(mapper, never()).insert(any());
    }

    @Test
    void readingNeedsTheAssessmentToBeReadable() {
        when(mapper.find(99)).thenReturn(stored());
        when(mapper.findWithContent(99)).thenReturn(stored());
        assertThat(service.download(99, LEADER).content).isEqualTo(TestFiles.pdf());
        assertThatThrownBy(() -> service.download(99, BRANCH02)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.list(10, BRANCH02)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.download(12345, LEADER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void deletingNeedsTheBranchAndAnUnlockedAssessment() {
        when(mapper.find(99)).thenReturn(stored());
        assertThatThrownBy(() -> service.delete(99, BRANCH02)).isInstanceOf(ForbiddenException.class);
        when(access.checkWritableByBranch(10, LEADER)).thenThrow(new ForbiddenException("branches only"));
        assertThatThrownBy(() -> service.delete(99, LEADER)).isInstanceOf(ForbiddenException.class);
        verify(mapper, never()).delete(anyLong());
        service.delete(99, BRANCH01);
        verify(mapper).delete(99);
        assertThatThrownBy(() -> service.delete(12345, BRANCH01)).isInstanceOf(NotFoundException.class);
    }

    private static EvidenceRow stored() {
        EvidenceRow row = new EvidenceRow();
        row.id = 99L;
        row.assessmentId = 10;
        row.filename = "a.pdf";
        row.contentType = "application/pdf";
        row.content = TestFiles.pdf();
        return row;
    }

    private static void assertFileRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        BadRequestException.class, e -> assertThat(e.field()).isEqualTo("file"));
    }
}
