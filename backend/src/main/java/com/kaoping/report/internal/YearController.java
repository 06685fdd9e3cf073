package com.kaoping.report.internal;

import com.kaoping.cycle.CycleSummary;
import com.kaoping.report.YearEntry;
import com.kaoping.security.CurrentUser;
import com.kaoping.web.BadRequestException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The year's ranking over its published quarters; anyone signed in, since it holds published results only. */
@RestController
record YearController(YearRankingService years, ExportAudit audit, CurrentUser currentUser) {

    /** The year's published quarters and the rule its annual scores follow, for the page to state it. */
    @GetMapping("/api/years/{year}")
    YearView year(@PathVariable int year) {
        check(year);
        List<CycleSummary> published = years.published(year);
        return new YearView(
                year,
                years.rule().name(),
                years.rounding().name(),
                published.stream().map(CycleSummary::quarter).toList(),
                published.stream().map(CycleSummary::id).toList());
    }

    @GetMapping("/api/years/{year}/ranking")
    List<YearEntry> ranking(@PathVariable int year) {
        check(year);
        return years.ranking(year);
    }

    @GetMapping("/api/years/{year}/ranking.xlsx")
    void rankingXlsx(@PathVariable int year, HttpServletResponse response) throws IOException {
        check(year);
        var user = currentUser.get();
        List<YearEntry> entries = years.ranking(year);
        String file = year + "年度排名.xlsx";
        ExportController.start(response, ExportController.XLSX, file);
        YearWorkbook.write(year, ruleText(), entries, response.getOutputStream());
        audit.exported(user, "year-ranking.xlsx", "year:" + year, file);
    }

    private String ruleText() {
        String mean = years.rule() == AnnualRule.MEAN ? "年度得分为该党总支参加的已公示季度总分的平均值" : "年度得分为全年各已公示季度总分的平均值(未参加的季度计0分)";
        return mean + ",保留两位小数(" + years.rounding().name() + ");任一季度被否决的,年度等级为差,排在其他党总支之后;得分相同名次并列。";
    }

    private static void check(int year) {
        if (year < 2000 || year > 2999) {
            throw new BadRequestException("year", "problem.range", "min", 2000, "max", 2999);
        }
    }

    /**
     * @param rule     the annual rule ({@code MEAN}: of the quarters taken part in; {@code MEAN_OF_ALL_QUARTERS})
     * @param rounding how the mean is rounded to two decimals ({@code HALF_UP})
     * @param quarters the year's published quarters
     */
    record YearView(int year, String rule, String rounding, List<Integer> quarters, List<Long> cycles) {}
}
