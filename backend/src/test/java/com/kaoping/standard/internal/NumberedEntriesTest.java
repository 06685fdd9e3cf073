package com.kaoping.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.kaoping.web.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumberedEntriesTest {

    @Test
    void oneEntryPerNumberedLine() {
        List<NumberedEntries.Entry> e = NumberedEntries.split("1.未按照计划的,每少1次扣0.2分。\n2.要求学习篇目缺失的,扣0.1分/篇。", 1);
        assertThat(e)
                .containsExactly(
                        new NumberedEntries.Entry(1, "未按照计划的,每少1次扣0.2分。", null),
                        new NumberedEntries.Entry(2, "要求学习篇目缺失的,扣0.1分/篇。", null));
    }

    @Test
    void theSeedsSlipOnRule77IsReadAs77AndReported() {
        List<NumberedEntries.Entry> e = NumberedEntries.split("7.员工查体不及时,无记录的,扣0.5分。", 77);
        assertThat(e).singleElement().satisfies(entry -> {
            assertThat(entry.number()).isEqualTo(77);
            assertThat(entry.text()).isEqualTo("员工查体不及时,无记录的,扣0.5分。");
            assertThat(entry.problem()).isEqualTo(Text.of("standard.warning.misprinted", "printed", 7, "number", 77));
        });
    }

    @Test
    void aSpaceAfterTheNumberAndFullWidthDigitsAndPunctuation() {
        assertThat(NumberedEntries.split("78. 五型班组无创建方案的,扣0.2分。", 78))
                .containsExactly(new NumberedEntries.Entry(78, "五型班组无创建方案的,扣0.2分。", null));
        assertThat(NumberedEntries.split("７８．五型班组无创建方案的，扣０.２分。\n79、未按要求的，扣1分", 78))
                .containsExactly(
                        new NumberedEntries.Entry(78, "五型班组无创建方案的，扣０.２分。", null),
                        new NumberedEntries.Entry(79, "未按要求的，扣1分", null));
    }

    @Test
    void anUnnumberedLineContinuesTheEntryBefore() {
        assertThat(NumberedEntries.split("52.做好年度征兵工作;开展民兵整组、预备\n役登记及民兵训练工作。", 52))
                .containsExactly(new NumberedEntries.Entry(52, "做好年度征兵工作;开展民兵整组、预备役登记及民兵训练工作。", null));
        // 2.5 is a number inside the text, not an entry number
        assertThat(NumberedEntries.split("3.每年不少于\n2.5学时的,扣1分", 3)).hasSize(1);
    }

    @Test
    void anOutOfSequenceNumberIsKeptAndReported() {
        List<NumberedEntries.Entry> e = NumberedEntries.split("5.未组织的,扣1分\n9.未报告的,扣1分", 5);
        assertThat(e).extracting(NumberedEntries.Entry::number).containsExactly(5, 9);
        assertThat(e.get(1).problem()).isEqualTo(Text.of("standard.warning.misnumbered", "printed", 9, "expected", 6));
        assertThat(NumberedEntries.split("未组织的,扣1分", 12))
                .singleElement()
                .satisfies(
                        x -> assertThat(x.problem()).isEqualTo(Text.of("standard.warning.unnumbered", "number", 12)));
    }

    @Test
    void missingDigit() {
        assertThat(NumberedEntries.missesOneDigit(7, 77)).isTrue();
        assertThat(NumberedEntries.missesOneDigit(8, 18)).isTrue();
        assertThat(NumberedEntries.missesOneDigit(1, 18)).isTrue();
        assertThat(NumberedEntries.missesOneDigit(6, 77)).isFalse();
        assertThat(NumberedEntries.missesOneDigit(77, 77)).isFalse();
    }
}
